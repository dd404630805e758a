// From the verdict guide to the shared-message screen, for browsers that cannot share into the app (iOS, Firefox).
import type { JSX } from 'preact';
import { SHARE_PATH } from '../hamta/hamtaAddress';
import { useMessages } from '../i18n/core';
import { shareMessages } from '../i18n/hamta';
import { useAddress } from '../problems/addresses';
import { Link } from '../router';

export function SharedMessageLink(): JSX.Element {
  const t = useMessages(shareMessages);
  const address = useAddress();
  return (
    <p>
      <Link href={address(SHARE_PATH)}>{t.fromGuide}</Link>
    </p>
  );
}
