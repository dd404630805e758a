// A short-lived notice with an "Undo" button: stays while the user is on it, then goes away by itself.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** 10 s: long enough to notice a mistaken delete and reach the button, short enough not to linger. */
export const UNDO_WINDOW_MS = 10_000;

type UndoNoticeProps = {
  message: string;
  undoLabel: string;
  closeLabel: string;
  onUndo: () => void;
  onClose: () => void;
};

/**
 * Shown in the page, not as a floating toast: the shell's own toasts (update, offline ready)
 * sit at the bottom of the screen and would cover it.
 */
export function UndoNotice(props: UndoNoticeProps): JSX.Element {
  const [held, setHeld] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The deleted item's button is gone: put the keyboard on the one action that makes sense now.
  useEffect(() => undoRef.current?.focus(), []);

  // The timer pauses while the pointer or the keyboard focus is on the notice (WCAG 2.2.1: timing adjustable).
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(props.onClose, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [held, props.onClose]);

  return (
    <div
      class="notice undo-notice"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <p>{props.message}</p>
      <div class="actions">
        <button ref={undoRef} type="button" onClick={props.onUndo}>
          {props.undoLabel}
        </button>
        <button type="button" class="secondary" onClick={props.onClose}>
          {props.closeLabel}
        </button>
      </div>
    </div>
  );
}
