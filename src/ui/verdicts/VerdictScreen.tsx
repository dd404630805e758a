// One verdict's own page (/verdicts/:id): an address that opens offline, shared or bookmarked.
import type { JSX } from 'preact';
import { getVerdict, VERDICT_IDS, type VerdictId } from '../../domain/verdicts';
import type { ScreenProps } from '../router';
import { useLang, useMessages } from '../i18n/core';
import { verdictMessages, verdictWords } from '../i18n/verdicts';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { FallbackSteps } from './FallbackSteps';
import { VerdictDetails } from './VerdictDetails';
import { VerdictList } from './VerdictList';

function isVerdictId(value: string | undefined): value is VerdictId {
  return (VERDICT_IDS as readonly (string | undefined)[]).includes(value);
}

export function VerdictScreen({ params }: ScreenProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  const address = useAddress();
  const id = params.id;
  if (!isVerdictId(id)) {
    return (
      <section aria-labelledby="verdict-title">
        <h1 id="verdict-title">{t.notFoundTitle}</h1>
        <VerdictList />
      </section>
    );
  }
  const verdict = getVerdict(id);
  return (
    <article aria-labelledby="verdict-title">
      <p class="muted">{t.rowLabel(verdict.row)}</p>
      <h1 id="verdict-title">{verdictWords[lang][verdict.id].title}</h1>
      <VerdictDetails verdict={verdict} level={2} />
      <FallbackSteps level={2} />
      <p class="actions">
        <Link href={address(paths.verdicts())}>{t.backToGuide}</Link>
        <Link href={address(paths.help())}>{t.otherProblems}</Link>
      </p>
    </article>
  );
}
