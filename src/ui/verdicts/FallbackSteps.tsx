// "My problem was not solved": the importer or warranty company, else the seller, as Hamta's guide ends.
import type { JSX } from 'preact';
import { FALLBACK_REMEDY } from '../../domain/verdicts';
import { useLang, useMessages } from '../i18n/core';
import { remedyWords, verdictMessages } from '../i18n/verdicts';
import { RemedySteps } from './RemedySteps';

export function FallbackSteps({ level }: { level: 2 | 3 }): JSX.Element {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="panel" aria-labelledby="verdict-fallback-title">
      <Heading id="verdict-fallback-title">{t.fallbackTitle}</Heading>
      <p>{t.fallbackIntro}</p>
      <RemedySteps steps={FALLBACK_REMEDY} words={remedyWords[lang]} />
    </section>
  );
}
