// Step 7: everything entered, and the offline pre-check in plain words, before "Submit".
import type { JSX } from 'preact';
import { normalisePhone } from '../../domain/phone';
import type { PrecheckContext } from '../../domain/precheck';
import type { WizardStep } from '../../domain/schemas';
import { buildSubmission, slotChecksOf } from '../../domain/submission';
import { useDevices } from '../hooks/data';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { caseWords, differingDigitsText, findingMessages, likelyVerdictWords } from '../i18n/findings';
import { stepName, wizardMessages } from '../i18n/wizard';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { FindingList } from './FindingList';
import { ImeiDiff } from '../components/ImeiDiff';
import { registeredRows } from '../components/reviewRows';
import type { StepProps } from './stepProps';

/** Registered IMEIs the user keeps in their device list; none known when the list is empty. */
export function usePrecheckContext(): PrecheckContext | undefined {
  const devices = useDevices();
  const mine = devices.data.flatMap((device) => device.registeredImeis.filter((imei) => imei !== ''));
  // With no device list, ownership cannot be judged: saying "not yours" about every IMEI would mislead.
  return mine.length > 0 ? { myRegisteredImeis: mine } : undefined;
}

export function ReviewStep({ draft, goTo }: StepProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const address = useAddress();
  const words = useMessages(findingMessages);
  const lang = useLang();
  const built = buildSubmission(draft, new Date(), usePrecheckContext());
  const checked = built.precheck;
  const errors = built.ok ? [] : built.errors;
  const mismatch = checked.case ? caseWords(checked.case, lang) : null;
  const likely = checked.likelyVerdict ? likelyVerdictWords(checked.likelyVerdict, lang) : null;
  const phone = normalisePhone(draft.phone);
  const rows = registeredRows(draft.correctImeis, draft.registeredImeis, checked);
  const slotChecks = slotChecksOf(draft);

  const changeButton = (step: WizardStep): JSX.Element => (
    <button type="button" class="secondary" onClick={() => goTo(step)}>
      {t.change(stepName(step, lang))}
    </button>
  );

  return (
    <>
      <p>{t.reviewIntro}</p>
      <section class="panel" aria-labelledby="precheck-title">
        <h3 id="precheck-title">{t.precheckTitle}</h3>
        {mismatch ? (
          <div class={checked.case === 'second-imei' || checked.case === 'missing-second' ? 'notice notice-ok' : 'notice notice-warning'}>
            <p>
              <strong>{mismatch.title}</strong>
            </p>
            <p>{mismatch.explain}</p>
          </div>
        ) : (
          <p class="muted">{t.noCase}</p>
        )}
        {likely && checked.likelyVerdict ? (
          <div>
            <h4>{words.likelyTitle}</h4>
            <p>{likely.answer}</p>
            <p>
              <strong>{words.todoTitle}: </strong>
              {likely.todo}
            </p>
            <p>
              <Link href={address(paths.verdict(checked.likelyVerdict))}>{t.verdictGuideLink}</Link>
            </p>
          </div>
        ) : null}
      </section>
      <FindingList id="review-errors" title={t.errorsTitle} findings={errors} tone="error" goTo={goTo} />
      <FindingList id="review-warnings" title={t.warningsTitle} findings={checked.warnings} tone="warning" goTo={goTo} />

      <section class="panel" aria-labelledby="entered-title">
        <h3 id="entered-title">{t.entered}</h3>
        <h4>{t.subject}</h4>
        <p>{t.subjectImei}</p>

        <h4>{t.phoneLabel}</h4>
        <p>
          <span class="imei">{localDigits(phone.ok ? phone.phone : draft.phone.trim() || t.emptyValue, lang)}</span>
        </p>

        <h4>{stepName('correct', lang)}</h4>
        <ul class="list">
          {draft.correctImeis.map((imei, slot) => (
            <li key={slot}>
              {t.correctLabel(slot + 1)}: <span class="imei">{localDigits(imei.trim() || t.emptyValue, lang)}</span>
            </li>
          ))}
        </ul>
        <div class="actions">{changeButton('correct')}</div>

        <h4>{stepName('registered', lang)}</h4>
        <ul class="list">
          {rows.map((row) => (
            <li key={row.slot}>
              {t.registeredLabel(row.slot + 1)}: <ImeiDiff imei={row.registered} positions={row.positions} />
              {row.positions.length > 0 && row.target ? (
                <p class="field-hint">
                  {differingDigitsText(words, row.positions, lang)} — {t.shouldBe} <ImeiDiff imei={row.target} positions={row.positions} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        <div class="actions">{changeButton('registered')}</div>

        <h4>{stepName('checklist', lang)}</h4>
        <ul class="list">
          {slotChecks.map((done, slot) => (
            <li key={slot}>
              {t.slotLegend(slot + 1)}: {done ? t.checked : t.notChecked}
            </li>
          ))}
        </ul>
        <div class="actions">{changeButton('checklist')}</div>

        <h4>{t.descriptionLabel}</h4>
        {/* Shown as text: Preact escapes it, so HTML typed here stays visible as typed. */}
        <p dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {draft.description.trim() || t.emptyValue}
        </p>
        <div class="actions">{changeButton('description')}</div>
      </section>
    </>
  );
}
