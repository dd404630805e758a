// Remedy steps as a numbered list, in the order the catalogue gives them.
import type { JSX } from 'preact';
import type { RemedyStep } from '../../domain/verdicts';

type RemedyStepsProps = { steps: readonly RemedyStep[]; words: Readonly<Record<RemedyStep, string>> };

export function RemedySteps({ steps, words }: RemedyStepsProps): JSX.Element {
  return (
    <ol class="remedy-steps">
      {steps.map((step) => (
        <li key={step}>{words[step]}</li>
      ))}
    </ol>
  );
}
