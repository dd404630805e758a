// A short-lived notice with an "Undo" button, for an action the user may regret (deleting a device, discarding a
// draft): stays while the user is on it, then goes away by itself.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** 10 s: long enough to notice a mistake and reach the button, short enough not to linger. */
const UNDO_WINDOW_MS = 10_000;

type UndoNoticeProps = {
  message: string;
  undoLabel: string;
  closeLabel: string;
  onUndo: () => void;
  onClose: () => void;
};

type Hold = 'pointer' | 'focus';

/**
 * A timeout that waits while anything holds it and restarts in full once nothing does.
 * Holds are taken in the event handlers themselves, so a pause is in force the moment the event is.
 */
function usePausableTimeout(ms: number, onTimeout: () => void): { hold(by: Hold): void; release(by: Hold): void; start(): () => void } {
  const latest = useRef(onTimeout);
  useEffect(() => {
    latest.current = onTimeout;
  }, [onTimeout]);
  const [timeout] = useState(() => {
    const holds = new Set<Hold>();
    let running = false;
    let handle: number | undefined;
    const restart = (): void => {
      window.clearTimeout(handle);
      handle = running && holds.size === 0 ? window.setTimeout(() => latest.current(), ms) : undefined;
    };
    return {
      hold(by: Hold): void {
        holds.add(by);
        restart();
      },
      release(by: Hold): void {
        holds.delete(by);
        restart();
      },
      start(): () => void {
        running = true;
        restart();
        return () => {
          running = false;
          restart();
        };
      },
    };
  });
  return timeout;
}

/**
 * Shown in the page, not as a floating toast: the shell's own toasts (update, offline ready)
 * sit at the bottom of the screen and would cover it.
 */
export function UndoNotice(props: UndoNoticeProps): JSX.Element {
  const undoRef = useRef<HTMLButtonElement>(null);
  // The timer pauses while the pointer or the keyboard focus is on the notice (WCAG 2.2.1: timing adjustable).
  const timeout = usePausableTimeout(UNDO_WINDOW_MS, props.onClose);

  useEffect(() => {
    const stop = timeout.start();
    // The item's own buttons are gone: put the keyboard on the one action that makes sense now.
    undoRef.current?.focus();
    return stop;
  }, [timeout]);

  return (
    <div
      class="notice undo-notice"
      onMouseEnter={() => timeout.hold('pointer')}
      onMouseLeave={() => timeout.release('pointer')}
      onFocusIn={() => timeout.hold('focus')}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) timeout.release('focus');
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
