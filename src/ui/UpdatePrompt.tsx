// A quiet notice when a new version is waiting; it reloads only when the user asks.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, dismissOfflineReady, updateState } from '../sync/swBridge';
import { useStore } from './hooks/useStore';
import { useMessages } from './i18n/core';
import { shellMessages } from './i18n/shell';

export function UpdatePrompt(): JSX.Element | null {
  const t = useMessages(shellMessages);
  const state = useStore(updateState);
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (!state.offlineReady) return;
    // 6 s: long enough to read, short enough not to cover the page's last field.
    const timer = window.setTimeout(dismissOfflineReady, 6000);
    return () => window.clearTimeout(timer);
  }, [state.offlineReady]);

  if (state.updateWaiting && !later) {
    return (
      <div class="toast" role="status">
        <span>{t.updateAvailable}</span>
        <button type="button" onClick={() => void applyUpdate()}>
          {t.updateReload}
        </button>
        <button type="button" class="secondary" onClick={() => setLater(true)}>
          {t.updateLater}
        </button>
      </div>
    );
  }
  if (state.offlineReady) {
    return (
      <div class="toast" role="status">
        <span>{t.offlineReady}</span>
        <button type="button" class="secondary" onClick={dismissOfflineReady}>
          {t.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
