// Storage health: where data is kept, whether the browser promised to keep it, and the space it uses.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { refreshStorageEstimate, requestPersistence, storageHealth } from '../../data/storage';
import { useStore } from '../hooks/useStore';
import { formatBytes, useLang, useMessages } from '../i18n/core';
import { settingsMessages } from '../i18n/settings';

export function StorageSettings(): JSX.Element {
  const t = useMessages(settingsMessages);
  const lang = useLang();
  const health = useStore(storageHealth);
  const [askResult, setAskResult] = useState<string | null>(null);

  useEffect(() => {
    void refreshStorageEstimate();
  }, []);

  const ask = async (): Promise<void> => {
    setAskResult(null);
    const granted = await requestPersistence();
    setAskResult(granted === null ? t.askUnsupported : granted ? t.askGranted : t.askDenied);
  };

  const persistence =
    health.persisted === true ? t.persistenceGranted : health.persisted === false ? t.persistenceDenied : t.persistenceUnknown;
  const usage =
    health.usage !== null && health.quota !== null
      ? t.usageOf(formatBytes(health.usage, lang), formatBytes(health.quota, lang))
      : health.usage !== null
        ? formatBytes(health.usage, lang)
        : t.usageUnknown;

  return (
    <dl class="settings-facts">
      <dt>{t.storageMode}</dt>
      <dd>{health.mode === 'memory' ? t.modeMemory : t.modeDisk}</dd>
      <dt>{t.persistence}</dt>
      <dd>
        <p>{persistence}</p>
        {health.persisted === true ? null : (
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void ask()}>
              {t.askAgain}
            </button>
          </div>
        )}
        <p role="status">{askResult ?? ''}</p>
      </dd>
      <dt>{t.usage}</dt>
      <dd>{usage}</dd>
    </dl>
  );
}
