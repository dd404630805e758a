// Shown where a screen could not open: its code did not load, or storage did not open at all.
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { shellMessages } from '../i18n/shell';

export function PartFailed(): JSX.Element {
  const t = useMessages(shellMessages);
  return (
    // The screen's own heading never came: this one stands in for it.
    <div class="notice notice-error part-failed" role="alert">
      <h1>{t.partFailed}</h1>
      <p>{t.partFailedHint}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.updateReload}
      </button>
    </div>
  );
}
