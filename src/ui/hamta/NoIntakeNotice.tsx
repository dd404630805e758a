// Says in the header where tickets go when the app is built with no intake: nowhere; the user files them on Hamta.
import type { JSX } from 'preact';
import { INTAKE_OFF } from '../../sync/intakeMode';
import { useMessages } from '../i18n/core';
import { hamtaMessages } from '../i18n/hamta';

export function NoIntakeNotice(): JSX.Element | null {
  const t = useMessages(hamtaMessages);
  if (!INTAKE_OFF) return null;
  return (
    <span class="no-intake" title={t.noIntakeHint}>
      <span class="badge">{t.noIntake}</span>
      <span class="visually-hidden"> {t.noIntakeHint}</span>
    </span>
  );
}
