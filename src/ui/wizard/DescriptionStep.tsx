// Step 6: the description, with a visible counter and a hard limit that refuses more text instead of freezing.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DESCRIPTION_MAX } from '../../domain/schemas';
import { Field } from '../components/Field';
import { formatNumber, useLang, useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';
import type { StepProps } from './stepProps';

type LimitNote = 'typed' | 'pasted' | null;

/** How long the text would be after inserting `adding` characters over the current selection. */
function lengthAfter(area: HTMLTextAreaElement, adding: number): number {
  return area.value.length - Math.abs(area.selectionEnd - area.selectionStart) + adding;
}

export function DescriptionStep({ draft, change, serverIssue }: StepProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const lang = useLang();
  const [note, setNote] = useState<LimitNote>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const max = formatNumber(DESCRIPTION_MAX, lang);
  const used = draft.description.length;

  // The textarea's maxlength refuses the extra text natively (a 100 KB paste is cut at once);
  // these listeners only notice the refusal, since the browser then fires no input event.
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const onBeforeInput = (event: Event): void => {
      const area = event.target;
      if (!(area instanceof HTMLTextAreaElement) || !(event instanceof InputEvent)) return;
      if (!event.inputType.startsWith('insert') || event.inputType === 'insertFromPaste') return;
      if (lengthAfter(area, event.data?.length ?? 1) > DESCRIPTION_MAX) setNote('typed');
    };
    const onPaste = (event: ClipboardEvent): void => {
      const area = event.target;
      if (!(area instanceof HTMLTextAreaElement)) return;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (lengthAfter(area, pasted.length) > DESCRIPTION_MAX) setNote('pasted');
    };
    element.addEventListener('beforeinput', onBeforeInput);
    element.addEventListener('paste', onPaste);
    return () => {
      element.removeEventListener('beforeinput', onBeforeInput);
      element.removeEventListener('paste', onPaste);
    };
  }, []);

  const onValue = (value: string): void => {
    // maxlength already holds it; this guards browsers and scripts that set the value past it.
    const kept = value.length > DESCRIPTION_MAX ? value.slice(0, DESCRIPTION_MAX) : value;
    if (kept.length < value.length) setNote('pasted');
    else if (kept.length < DESCRIPTION_MAX) setNote(null);
    change((current) => ({ ...current, description: kept }));
  };

  return (
    <div ref={wrapper}>
      <Field
        id="ticket-description"
        label={t.descriptionLabel}
        value={draft.description}
        onValue={onValue}
        hint={t.descriptionHint}
        error={serverIssue(['description'], draft.description)}
        multiline
        rows={8}
        maxLength={DESCRIPTION_MAX}
        dir="auto"
      >
        <p class={used >= DESCRIPTION_MAX ? 'field-hint counter counter-full' : 'field-hint counter'}>
          {t.counter(formatNumber(used, lang), max)}
        </p>
        <p class={note ? 'notice notice-warning' : 'visually-hidden'} role="status">
          {note === 'typed' ? t.limitReached(max) : note === 'pasted' ? t.pasteCut(max) : ''}
        </p>
      </Field>
    </div>
  );
}
