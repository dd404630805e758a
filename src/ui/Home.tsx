// The start page: the app's purpose in two lines and a way into every section.
import type { JSX } from 'preact';
import { SECTIONS } from './addresses';
import { useMessages } from './i18n/core';
import { shellMessages } from './i18n/shell';
import { lazyPart } from './lazy';
import { Link } from './router';

const ContinueDraft = lazyPart(() => import('./shellParts').then((m) => m.ContinueDraft));

export function Home(): JSX.Element {
  const t = useMessages(shellMessages);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.homeTitle}</h1>
      <p class="lead">{t.homeIntro}</p>
      <ContinueDraft />
      <ul class="cards">
        {SECTIONS.map(({ path, section }) => (
          <li key={path}>
            <Link class="card" href={path}>
              <span class="card-title">{t[section.title]}</span>
              <span class="card-hint">{t[section.hint]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
