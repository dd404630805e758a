// The eight answers, each linking to its own page (an address that opens offline).
import type { JSX } from 'preact';
import { VERDICTS } from '../../domain/verdicts';
import { paths, useAddress } from '../addresses';
import { useLang, useMessages } from '../i18n/core';
import { verdictMessages, verdictWords } from '../i18n/verdicts';
import { Link } from '../router';

export function VerdictList(): JSX.Element {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  const address = useAddress();
  return (
    <section aria-labelledby="verdict-list-title">
      <h2 id="verdict-list-title">{t.listTitle}</h2>
      <ol class="list verdict-list" aria-labelledby="verdict-list-title">
        {VERDICTS.map((verdict) => (
          <li key={verdict.id}>
            <Link href={address(paths.verdict(verdict.id))}>
              {t.rowLabel(verdict.row)}: {verdictWords[lang][verdict.id].title}
            </Link>
            <p class="muted verdict-list-message" lang="fa" dir="rtl">
              {verdict.message}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
