// The wizard's steps as a list, the current one marked for sight and for screen readers.
import type { JSX } from 'preact';
import { WIZARD_STEPS, type WizardStep } from '../../domain/schemas';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { stepName, wizardMessages } from '../i18n/wizard';

export function StepList({ current }: { current: WizardStep }): JSX.Element {
  const t = useMessages(wizardMessages);
  const lang = useLang();
  return (
    <nav aria-label={t.stepsLabel}>
      <ol class="steps">
        {WIZARD_STEPS.map((step, index) => (
          <li key={step} aria-current={step === current ? 'step' : undefined}>
            {localDigits(index + 1, lang)}. {stepName(step, lang)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
