// /settings: language, the owner's phone number, storage health, and the way into kiosk mode.
import type { JSX } from 'preact';
import { useSettings } from '../hooks/useSettings';
import { useMessages } from '../i18n/core';
import { settingsMessages } from '../i18n/settings';
import type { ScreenProps } from '../router';
import { Link } from '../router';
import { BackupSettings } from './BackupSettings';
import { LanguageSettings } from './LanguageSettings';
import { PhoneSettings } from './PhoneSettings';
import { StorageSettings } from './StorageSettings';
import { paths } from '../addresses';

export function SettingsScreen({ query }: ScreenProps): JSX.Element {
  const t = useMessages(settingsMessages);
  const { settings, loaded } = useSettings();
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t.title}</h1>
      <div class="panel">
        <LanguageSettings query={query} />
      </div>
      <section class="panel">
        <h2 id="settings-phone-title">{t.phoneTitle}</h2>
        {/* Mounted once the stored number is read, so the box starts with it. */}
        {loaded ? <PhoneSettings initial={settings.phone} kiosk={settings.kiosk.enabled} /> : null}
      </section>
      <section class="panel">
        <h2 id="settings-storage-title">{t.storageTitle}</h2>
        <StorageSettings />
      </section>
      <section class="panel">
        <BackupSettings kiosk={settings.kiosk.enabled} />
      </section>
      <section class="panel">
        <h2 id="settings-kiosk-title">{t.kioskTitle}</h2>
        {settings.kiosk.enabled ? (
          <p>{t.kioskOn}</p>
        ) : (
          <>
            <p>{t.kioskIntro}</p>
            {/* The kiosk start address: the shell shows the staff set-up there. */}
            <Link class="button secondary" href={paths.kioskSetup()}>
              {t.kioskLink}
            </Link>
          </>
        )}
      </section>
    </section>
  );
}
