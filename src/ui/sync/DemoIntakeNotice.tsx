// Says "demo intake" while tickets go to the reference intake, so nobody takes its verdicts for Hamta's.
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { syncMessages } from '../i18n/sync';
import { useIntakeKind } from '../hooks/useSyncStatus';

export function DemoIntakeNotice(): JSX.Element | null {
  const t = useMessages(syncMessages);
  if (useIntakeKind() !== 'demo') return null;
  return (
    <span class="demo-intake" title={t.demoIntakeHint}>
      <span class="badge">{t.demoIntake}</span>
      <span class="visually-hidden"> {t.demoIntakeHint}</span>
    </span>
  );
}
