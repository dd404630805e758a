// The verdict guide (/verdicts): paste Hamta's answer to learn what it means, or pick one of the eight.
import type { JSX } from 'preact';
import type { ScreenProps } from '../router';
import { useMessages } from '../i18n/core';
import { verdictMessages } from '../i18n/verdicts';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { FallbackSteps } from './FallbackSteps';
import { SharedMessageLink } from '../share/SharedMessageLink';
import { PasteMessageBox } from './PasteMessageBox';
import { VerdictList } from './VerdictList';

export function VerdictGuideScreen(_props: ScreenProps): JSX.Element {
  const t = useMessages(verdictMessages);
  const address = useAddress();
  return (
    <section aria-labelledby="verdict-guide-title">
      <h1 id="verdict-guide-title">{t.guideTitle}</h1>
      <p class="lead">{t.guideIntro}</p>
      <PasteMessageBox />
      <SharedMessageLink />
      <VerdictList />
      <FallbackSteps level={2} />
      <p>
        <Link href={address(paths.help())}>{t.otherProblems}</Link>
      </p>
    </section>
  );
}
