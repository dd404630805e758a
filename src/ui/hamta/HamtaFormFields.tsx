// Step 5 on Hamta: each box's value with its copy button, under Hamta's own field names, and the editable description.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { saveHandoff } from '../../data/hamtaHandoff';
import { hamtaDescription, hamtaFields, type HamtaField } from '../../domain/hamtaForm';
import type { Ticket } from '../../domain/schemas';
import { DESCRIPTION_MAX } from '../../domain/schemas';
import { useMessages } from '../i18n/core';
import { HAMTA_FIELD_NAMES, hamtaMessages } from '../i18n/hamta';
import { copyText, selectAll } from './clipboard';
import { CopyField } from './CopyField';
import { HamtaName } from './HamtaSteps';

type Notice = { text: string; tone: 'ok' | 'error' } | null;

export function HamtaFormFields({ ticket }: { ticket: Ticket }): JSX.Element {
  const t = useMessages(hamtaMessages);
  const ready = hamtaDescription(ticket);
  // The stored edit wins; kept here too, so typing is never interrupted by the write coming back.
  const [description, setDescription] = useState(ticket.handoff?.description ?? ready);
  const [notice, setNotice] = useState<Notice>(null);
  const descriptionBox = useRef<HTMLTextAreaElement>(null);
  const fields = hamtaFields(ticket, description);
  const copied = new Set(ticket.handoff?.copied ?? []);
  const done = fields.filter((field) => copied.has(field.id)).length;

  const labelOf = (field: HamtaField): string => {
    const slot = (field.slot ?? 0) + 1;
    if (field.kind === 'correct') return t.correctLabel(slot);
    if (field.kind === 'registered') return t.registeredLabel(slot);
    return t.descriptionLabel;
  };
  const report = (field: HamtaField, ok: boolean): void => {
    const label = labelOf(field);
    setNotice(ok ? { text: t.copiedStatus(label), tone: 'ok' } : { text: t.copyFailed(label), tone: 'error' });
    if (ok) saveHandoff(ticket.id, { copied: [field.id] }).catch(() => undefined);
  };
  const edit = (value: string): void => {
    setDescription(value);
    saveHandoff(ticket.id, { description: value }).catch(() => undefined);
  };
  const copyDescription = async (field: HamtaField): Promise<void> => {
    const ok = await copyText(field.value);
    if (!ok) selectAll(descriptionBox.current);
    report(field, ok);
  };

  const imeiGroup = (kind: 'correct' | 'registered', title: string, hamtaName: string): JSX.Element => (
    <fieldset class="hamta-group">
      <legend>
        {title}
        <HamtaName name={hamtaName} />
      </legend>
      {fields
        .filter((field) => field.kind === kind)
        .map((field) => (
          <CopyField
            key={field.id}
            id={`hamta-${field.id}`}
            label={labelOf(field)}
            value={field.value}
            copied={copied.has(field.id)}
            onCopy={(ok) => report(field, ok)}
          />
        ))}
    </fieldset>
  );
  const descriptionField = fields.find((field) => field.kind === 'description');

  return (
    <section class="panel" aria-labelledby="hamta-fields-title">
      <h2 id="hamta-fields-title">{t.fieldsTitle}</h2>
      <p>{t.step5}</p>
      <p class="muted" role="status">
        {t.progress(done, fields.length)}
      </p>
      {imeiGroup('correct', t.correctGroup, HAMTA_FIELD_NAMES.correct)}
      {imeiGroup('registered', t.registeredGroup, HAMTA_FIELD_NAMES.registered)}
      {descriptionField ? (
        <fieldset class="hamta-group">
          <legend>
            {t.descriptionGroup}
            <HamtaName name={HAMTA_FIELD_NAMES.description} />
          </legend>
          <div class={copied.has(descriptionField.id) ? 'copy-field copy-field-done' : 'copy-field'}>
            <label for="hamta-description">{t.descriptionLabel}</label>
            <textarea
              id="hamta-description"
              ref={descriptionBox}
              rows={7}
              dir="rtl"
              lang="fa"
              maxLength={DESCRIPTION_MAX}
              value={description}
              aria-describedby="hamta-description-hint"
              onInput={(event) => edit(event.currentTarget.value)}
            />
            <p id="hamta-description-hint" class="field-hint">
              {t.descriptionHint}
            </p>
            <div class="actions">
              <button type="button" onClick={() => void copyDescription(descriptionField)}>
                {t.copy(t.descriptionLabel)}
              </button>
              {description !== ready ? (
                <button type="button" class="secondary" onClick={() => edit(ready)}>
                  {t.resetDescription}
                </button>
              ) : null}
            </div>
            {copied.has(descriptionField.id) ? <p class="copied-mark">✓ {t.copied}</p> : null}
          </div>
        </fieldset>
      ) : null}
      <p role="alert" class={notice?.tone === 'error' ? 'notice notice-error' : 'visually-hidden'}>
        {notice?.tone === 'error' ? notice.text : ''}
      </p>
      <p role="status" class={notice?.tone === 'ok' ? 'notice notice-ok' : 'visually-hidden'}>
        {notice?.tone === 'ok' ? notice.text : ''}
      </p>
    </section>
  );
}
