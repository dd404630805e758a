// From the verdict guide to the shared-message screen, for browsers that cannot share into the app (iOS, Firefox).
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { shareMessages } from '../i18n/hamta';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';

export function SharedMessageLink(): JSX.Element {
  const t = useMessages(shareMessages);
  const address = useAddress();
  return (
    <p>
      <Link href={address(paths.share())}>{t.fromGuide}</Link>
    </p>
  );
}
