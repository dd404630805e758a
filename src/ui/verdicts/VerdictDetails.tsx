// One of Hamta's answers explained: its exact Persian message, what it means and the numbered steps to take.
import type { JSX } from 'preact';
import type { Verdict } from '../../domain/verdicts';
import { useLang, useMessages } from '../i18n/core';
import { remedyWords, verdictMessages, verdictWords } from '../i18n/verdicts';
import { RemedySteps } from './RemedySteps';

type VerdictDetailsProps = {
  verdict: Verdict;
  /** The level of this block's headings: 2 on the answer's own page, 3 inside another section. */
  level: 2 | 3;
};

export function VerdictDetails({ verdict, level }: VerdictDetailsProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  const words = verdictWords[lang][verdict.id];
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="verdict-details">
      <Heading>{t.messageHeading}</Heading>
      {/* The message as Hamta sends it: users recognise it word for word, so it stays Persian in both languages. */}
      <blockquote class="verdict-quote" lang="fa" dir="rtl">
        {verdict.message}
      </blockquote>
      {lang === 'en' ? (
        <p class="verdict-english">
          <span class="muted">{t.englishRendering}: </span>
          {words.english}
        </p>
      ) : null}
      <Heading>{t.meaningHeading}</Heading>
      <p>{words.meaning}</p>
      <Heading>{t.stepsHeading}</Heading>
      <RemedySteps steps={verdict.remedy} words={remedyWords[lang]} />
    </div>
  );
}
