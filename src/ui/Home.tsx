// The start page: the app's purpose in two lines and a way into every section.
import type { JSX } from 'preact';
import { ContinueDraft } from './problems/ContinueDraft';
import { useMessages } from './i18n/core';
import { shellMessages } from './i18n/shell';
import { Link } from './router';

const SECTIONS = [
  { href: '/problems', title: 'problems', hint: 'problemsHint' },
  { href: '/devices', title: 'devices', hint: 'devicesHint' },
  { href: '/check', title: 'imeiCheck', hint: 'imeiCheckHint' },
  { href: '/verdicts', title: 'verdicts', hint: 'verdictsHint' },
  { href: '/help', title: 'otherProblems', hint: 'otherProblemsHint' },
  { href: '/settings', title: 'settings', hint: 'settingsHint' },
] as const;

export function Home(): JSX.Element {
  const t = useMessages(shellMessages);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.homeTitle}</h1>
      <p class="lead">{t.homeIntro}</p>
      <ContinueDraft />
      <ul class="cards">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link class="card" href={section.href}>
              <span class="card-title">{t[section.title]}</span>
              <span class="card-hint">{t[section.hint]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
