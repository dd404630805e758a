// Step 3: the correct IMEIs from *#06#, the number of slots, and the requester's phone number.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { normalisePhone } from '../../domain/phone';
import { MAX_SLOTS } from '../../domain/schemas';
import { Field } from '../components/Field';
import { useSettings } from '../hooks/useSettings';
import { useMessages } from '../i18n/core';
import { findingMessages, phoneErrorText } from '../i18n/findings';
import { wizardMessages } from '../i18n/wizard';
import { ImeiBoxes } from './ImeiBoxes';
import type { StepProps } from './stepProps';
import { slotCountOf, withSlotCount } from './wizardFlow';

const SLOT_CHOICES = Array.from({ length: MAX_SLOTS }, (_unused, index) => index + 1);

export function CorrectStep({ draft, change, showErrors, serverIssue }: StepProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const words = useMessages(findingMessages);
  const { settings } = useSettings();
  const [phoneLeft, setPhoneLeft] = useState(false);
  const slots = slotCountOf(draft);
  const phone = normalisePhone(draft.phone);
  const phoneError =
    !phone.ok && (showErrors || phoneLeft)
      ? phoneErrorText(words, phone.error)
      : serverIssue(['requester', 'phone'], phone.ok ? phone.phone : draft.phone);
  // Say what will be sent when it differs from what was typed (+98…, Persian digits).
  const phoneHint = phone.ok && phone.phone !== draft.phone.trim() ? `${t.phoneHint} ${t.phoneSentAs(phone.phone)}` : t.phoneHint;

  return (
    <>
      <p>{t.correctIntro}</p>
      <div class="field">
        <label for="slot-count">{t.slotCount}</label>
        <select
          id="slot-count"
          value={String(slots)}
          aria-describedby="slot-count-hint"
          onChange={(event: TargetedEvent<HTMLSelectElement>) => {
            const count = Number(event.currentTarget.value);
            change((current) => withSlotCount(current, count));
          }}
        >
          {SLOT_CHOICES.map((count) => (
            <option key={count} value={String(count)}>
              {t.slotOption(count)}
            </option>
          ))}
        </select>
        <p id="slot-count-hint" class="field-hint">
          {t.slotCountHint}
        </p>
      </div>
      <ImeiBoxes
        list="correctImeis"
        draft={draft}
        change={change}
        serverIssue={serverIssue}
        showErrors={showErrors}
        label={t.correctLabel}
        hint={t.correctHint}
        requiredSlots={slots}
      />
      <Field
        id="requester-phone"
        label={t.phoneLabel}
        value={draft.phone}
        onValue={(value) => change((current) => ({ ...current, phone: value }))}
        onBlur={() => setPhoneLeft(true)}
        error={phoneError}
        hint={phoneHint}
        inputMode="tel"
        // A shared kiosk tablet must not offer one customer's number to the next.
        autoComplete={settings.kiosk.enabled ? 'off' : 'tel'}
        dir="ltr"
        maxLength={40}
        required
      />
    </>
  );
}
