// "What is happening to your phone?" (/help): a few plain questions, then what to do and which Hamta channel to use.
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { walk } from '../../domain/otherProblems';
import type { ScreenProps } from '../router';
import { useLang, useMessages } from '../i18n/core';
import { helpMessages, questionWords } from '../i18n/help';
import { navigate } from '../router';
import { ProblemAnswer } from './ProblemAnswer';
import { ProblemQuestion } from './ProblemQuestion';
import { paths, withQuery } from '../addresses';

/** The answers live in the address (?answers=no-service.mine-swapped), so Back goes to the previous question. */
const ANSWERS_PARAM = 'answers';

function answersOf(query: URLSearchParams): string[] {
  const value = query.get(ANSWERS_PARAM) ?? '';
  return value === '' ? [] : value.split('.');
}

export function OtherProblemsScreen({ query }: ScreenProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(helpMessages);
  const answers = answersOf(query);
  const result = walk(answers);
  const words = questionWords[lang];
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const key = result.steps.map((step) => step.option).join('.');
  const firstRender = useRef(true);

  // After each answer the page changes under the user's finger: move focus to what is new, before it is painted (a
  // later move would take the focus from whatever the person had already tapped on the new part).
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusTarget.current?.focus();
  }, [key]);

  const go = (next: readonly string[]): void => {
    const params = new URLSearchParams(query);
    if (next.length === 0) params.delete(ANSWERS_PARAM);
    else params.set(ANSWERS_PARAM, next.join('.'));
    const search = params.toString();
    navigate(withQuery(paths.help(), search));
  };
  const answered = result.steps.map((step) => step.option);

  return (
    <section aria-labelledby="help-title">
      <h1 id="help-title">{t.title}</h1>
      <p class="lead">{t.intro}</p>
      {result.steps.length > 0 ? (
        <section aria-labelledby="help-answers">
          <h2 id="help-answers">{t.yourAnswers}</h2>
          <ol class="list">
            {result.steps.map((step, index) => {
              const question = words[step.question];
              const options: Readonly<Record<string, string>> = question.options;
              return (
                <li key={step.question} class="help-answer">
                  <span class="muted">{question.text}</span>
                  <strong>{options[step.option]}</strong>
                  <button type="button" class="secondary" aria-label={t.change(question.text)} onClick={() => go(answered.slice(0, index))}>
                    {t.changeShort}
                  </button>
                </li>
              );
            })}
          </ol>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => go([])}>
              {t.startOver}
            </button>
          </div>
        </section>
      ) : null}
      {result.next ? (
        <ProblemQuestion question={result.next} headingRef={focusTarget} onAnswer={(option) => go([...answered, option])} />
      ) : null}
      {result.route ? <ProblemAnswer route={result.route} headingRef={focusTarget} /> : null}
    </section>
  );
}
