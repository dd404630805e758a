// Where the other-problems guide leads: the steps to take, the Hamta channel to use, and links into this app.
import type { JSX, RefObject } from 'preact';
import type { AppLink, ProblemRoute } from '../../domain/otherProblems';
import { useLang, useMessages } from '../i18n/core';
import { appLinkWords, channelWords, helpMessages, routeWords } from '../i18n/help';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';

const APP_PATHS: Readonly<Record<AppLink, string>> = {
  'new-ticket': paths.problems(),
  'imei-check': paths.check(),
  'verdict-guide': paths.verdicts(),
};

type ProblemAnswerProps = { route: ProblemRoute; headingRef: RefObject<HTMLHeadingElement | null> };

export function ProblemAnswer({ route, headingRef }: ProblemAnswerProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(helpMessages);
  const address = useAddress();
  const words = routeWords[lang][route.id];
  return (
    <section class="panel" aria-labelledby="help-answer-title">
      <h2 id="help-answer-title" ref={headingRef} tabIndex={-1}>
        {words.title}
      </h2>
      <h3>{t.stepsTitle}</h3>
      <ol class="help-steps">
        {words.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h3>{t.channelsTitle}</h3>
      <ul>
        {route.channels.map((channel) => (
          <li key={channel}>{channelWords[lang][channel]}</li>
        ))}
      </ul>
      {route.appLinks.length > 0 ? (
        <>
          <h3>{t.linksTitle}</h3>
          <ul>
            {route.appLinks.map((link) => (
              <li key={link}>
                <Link href={address(APP_PATHS[link])}>{appLinkWords[lang][link]}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="muted">{t.scamNote}</p>
    </section>
  );
}
