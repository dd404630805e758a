// A labelled text field whose error is tied to it for screen readers and announced when it appears.
import type { JSX, TargetedEvent } from 'preact';

type FieldProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The error in the user's language; the field is marked invalid while it is set. */
  error?: string | null;
  /** Help or a non-blocking warning shown under the field. */
  hint?: string | null;
  multiline?: boolean;
  inputMode?: 'numeric' | 'tel' | 'text';
  autoComplete?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  maxLength?: number;
  rows?: number;
  required?: boolean;
  disabled?: boolean;
  /** Extra content under the field (a counter, a fix button). */
  children?: JSX.Element | JSX.Element[] | null | false;
  onBlur?: () => void;
};

export function Field(props: FieldProps): JSX.Element {
  const errorId = `${props.id}-error`;
  const hintId = `${props.id}-hint`;
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': props.required ? ('true' as const) : undefined,
    autoComplete: props.autoComplete ?? 'off',
    dir: props.dir,
    maxLength: props.maxLength,
    disabled: props.disabled,
    onBlur: props.onBlur,
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onValue(event.currentTarget.value),
  };
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 5} />
      ) : (
        <input {...common} type="text" inputMode={props.inputMode} spellcheck={false} />
      )}
      <p id={errorId} class="field-error" aria-live="polite">
        {props.error ?? ''}
      </p>
      {props.hint ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}
