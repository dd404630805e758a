// One question of the other-problems guide, its options as large buttons.
import type { JSX, RefObject } from 'preact';
import type { Question } from '../../domain/otherProblems';
import { useLang } from '../i18n/core';
import { questionWords } from '../i18n/help';

type ProblemQuestionProps = {
  question: Question;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (option: string) => void;
};

export function ProblemQuestion({ question, headingRef, onAnswer }: ProblemQuestionProps): JSX.Element {
  const lang = useLang();
  const words = questionWords[lang][question.id];
  const options: Readonly<Record<string, string>> = words.options;
  const headingId = `help-question-${question.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {words.text}
      </h2>
      <ul class="help-options" aria-labelledby={headingId}>
        {question.options.map((option) => (
          <li key={option.id}>
            <button type="button" class="secondary" onClick={() => onAnswer(option.id)}>
              {options[option.id]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
