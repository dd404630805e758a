// The start page: the app's purpose in two lines and a way into every section.
import type { JSX } from 'preact';
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SECTIONS } from './addresses';
import { rememberedRoom, rememberRoom } from './continueDraftRoom';
import { useMessages } from './i18n/core';
import { shellMessages } from './i18n/shell';
import { lazyPart } from './lazy';
import { Link } from './router';

/** The card's code, or storage, failed to load: no card will come, so the room kept for it goes. */
function NoCard({ onSettled }: { onSettled?: () => void }): null {
  useLayoutEffect(() => onSettled?.(), [onSettled]);
  return null;
}

const ContinueDraft = lazyPart(
  () => import('./shellParts').then((m) => m.ContinueDraft),
  (failed, { onSettled }) => (failed ? <NoCard onSettled={onSettled} /> : null),
);

export function Home(): JSX.Element {
  const t = useMessages(shellMessages);
  // Until stored data says whether there is a draft to continue, the card's last height is kept free for it.
  const [room, setRoom] = useState(rememberedRoom);
  const slot = useRef<HTMLDivElement>(null);
  const settled = useCallback(() => {
    const drawn = slot.current;
    if (!drawn) return;
    // The slot is a block of its own (app.css): without the room, its height is the card's, or 0 without one.
    drawn.style.minHeight = '';
    rememberRoom(drawn.offsetHeight);
    setRoom(0);
  }, []);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.homeTitle}</h1>
      <p class="lead">{t.homeIntro}</p>
      <div
        ref={slot}
        class={room > 0 ? 'continue-slot reserving' : 'continue-slot'}
        style={room > 0 ? { minHeight: `${room}px` } : undefined}
      >
        <ContinueDraft onSettled={settled} />
      </div>
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
