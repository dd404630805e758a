// A short-lived message with an "Undo" button, for an action the user may regret (discarding a draft).
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

type UndoToastProps = {
  message: string;
  undoLabel: string;
  dismissLabel: string;
  onUndo(): void;
  onDismiss(): void;
};

export function UndoToast(props: UndoToastProps): JSX.Element {
  const undo = useRef<HTMLButtonElement>(null);
  // The discarded item's buttons are gone: keep the keyboard user next to the way back.
  useEffect(() => undo.current?.focus(), []);
  return (
    <div class="toast" role="status">
      <span>{props.message}</span>
      <button ref={undo} type="button" class="secondary" onClick={props.onUndo}>
        {props.undoLabel}
      </button>
      <button type="button" class="secondary" onClick={props.onDismiss}>
        {props.dismissLabel}
      </button>
    </div>
  );
}
