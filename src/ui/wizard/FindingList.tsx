// Pre-check findings in words, each with a way back to the step where it is fixed.
import type { JSX } from 'preact';
import type { WizardStep } from '../../domain/schemas';
import { useLang, useMessages } from '../i18n/core';
import { findingMessages, findingText, type ShownFinding } from '../i18n/findings';
import { stepName, wizardMessages } from '../i18n/wizard';
import { stepOfFinding } from './wizardFlow';

type FindingListProps = {
  id: string;
  title: string;
  findings: readonly ShownFinding[];
  tone: 'error' | 'warning';
  goTo(step: WizardStep): void;
};

export function FindingList({ id, title, findings, tone, goTo }: FindingListProps): JSX.Element | null {
  const t = useMessages(wizardMessages);
  const words = useMessages(findingMessages);
  const lang = useLang();
  if (findings.length === 0) return null;
  return (
    <section class={`notice notice-${tone}`} aria-labelledby={`${id}-title`} id={id} tabIndex={-1}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ul>
        {findings.map((finding, index) => {
          const step = stepOfFinding(finding);
          return (
            <li key={`${finding.code}-${finding.field ?? ''}-${finding.slot ?? ''}-${index}`}>
              {findingText(words, finding)}{' '}
              {step !== 'review' ? (
                <button type="button" class="secondary" onClick={() => goTo(step)}>
                  {t.goToStep(stepName(step, lang))}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
