// Hamta's own steps 1–4 in its words, with the link that opens Hamta (a navigation the user chooses, never a request).
import type { JSX } from 'preact';
import { useLang, useMessages } from '../i18n/core';
import { HAMTA_STEP_NAMES, hamtaMessages } from '../i18n/hamta';

export const HAMTA_URL = 'https://hamta.ntsw.ir';

/** Hamta's Persian name of a thing, beside ours in English (in Persian the step already says it). */
export function HamtaName({ name }: { name: string }): JSX.Element | null {
  const lang = useLang();
  const t = useMessages(hamtaMessages);
  if (lang === 'fa') return null;
  return (
    <span class="hamta-name">
      {' '}
      {t.hamtaCalls}{' '}
      <span lang="fa" dir="rtl">
        {name}
      </span>
    </span>
  );
}

export function OpenHamtaLink(): JSX.Element {
  const t = useMessages(hamtaMessages);
  return (
    <p>
      <a class="button" href={HAMTA_URL} target="_blank" rel="noopener">
        {t.openHamta}
      </a>{' '}
      <span class="muted">{t.openHamtaHint}</span>
    </p>
  );
}

export function HamtaSteps(): JSX.Element {
  const t = useMessages(hamtaMessages);
  return (
    <section class="panel" aria-labelledby="hamta-steps-title">
      <h2 id="hamta-steps-title">{t.stepsTitle}</h2>
      <OpenHamtaLink />
      <ol class="hamta-steps">
        <li>
          {t.step1}
          <HamtaName name={`${HAMTA_STEP_NAMES.kartabl} → ${HAMTA_STEP_NAMES.problems}`} />
        </li>
        <li>
          {t.step2}
          <HamtaName name={HAMTA_STEP_NAMES.create} />
        </li>
        <li>
          {t.step3}{' '}
          <q lang="fa" dir="rtl">
            {HAMTA_STEP_NAMES.subject}
          </q>
        </li>
        <li>
          {t.step4}
          <HamtaName name={HAMTA_STEP_NAMES.next} />
        </li>
        <li>{t.step5}</li>
      </ol>
    </section>
  );
}
