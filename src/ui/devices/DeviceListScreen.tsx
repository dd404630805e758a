// /devices: the owner's devices, with add, edit, and delete that can be undone for a few seconds.
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDevice, restoreDevice } from '../../data/devices';
import type { Device } from '../../domain/schemas';
import { useDevices } from '../hooks/data';
import { useSettings } from '../hooks/useSettings';
import { useMessages } from '../i18n/core';
import { deviceMessages } from '../i18n/devices';
import type { ScreenProps } from '../router';
import { Link } from '../router';
import { DeviceCard } from './DeviceCard';
import { takeDeviceNotice } from './deviceNotice';
import { UndoNotice } from '../components/UndoNotice';
import { paths } from '../addresses';

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function DeviceListScreen(_props: ScreenProps): JSX.Element {
  const t = useMessages(deviceMessages);
  const devices = useDevices();
  const { settings } = useSettings();
  // Arriving from the form: a save to confirm or a delete to offer undo for.
  const [arrival] = useState(takeDeviceNotice);
  const [status, setStatus] = useState<Status>(() => (arrival?.kind === 'saved' ? { kind: 'ok', text: t.saved(arrival.nickname) } : null));
  const [deleted, setDeleted] = useState<Device | null>(() => (arrival?.kind === 'deleted' ? arrival.device : null));
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // A confirmation that appears on arrival is read out when focus lands on it.
  const arrivedSaved = arrival?.kind === 'saved';
  useEffect(() => {
    if (arrivedSaved) statusRef.current?.focus();
  }, [arrivedSaved]);

  const nameOf = (device: Device): string => device.nickname || t.unnamed;

  const remove = async (device: Device): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      const removed = await deleteDevice(device.id);
      if (removed) setDeleted(removed);
    } catch {
      setStatus({ kind: 'error', text: t.writeFailed });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (): Promise<void> => {
    if (!deleted) return;
    try {
      await restoreDevice(deleted);
      setStatus({ kind: 'ok', text: t.restored(nameOf(deleted)) });
    } catch {
      setStatus({ kind: 'error', text: t.writeFailed });
    }
    setDeleted(null);
    statusRef.current?.focus();
  };

  const closeNotice = useCallback(() => {
    setDeleted(null);
    // Closed from its own button: focus would otherwise fall back to the page's start.
    if (document.activeElement === document.body || document.activeElement === null) titleRef.current?.focus();
  }, []);

  return (
    <section aria-labelledby="devices-title">
      <h1 id="devices-title" ref={titleRef} tabIndex={-1}>
        {t.listTitle}
      </h1>
      <p class="lead">{t.listIntro}</p>
      <div role="status" ref={statusRef} tabIndex={-1}>
        {status ? <p class={status.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'}>{status.text}</p> : null}
      </div>
      <div aria-live="polite">
        {deleted ? (
          <UndoNotice
            key={deleted.id}
            message={t.deleted(nameOf(deleted))}
            undoLabel={t.undo}
            closeLabel={t.close}
            onUndo={() => void undo()}
            onClose={closeNotice}
          />
        ) : null}
      </div>
      <div class="actions">
        <Link class="button" href={paths.newDevice()}>
          {t.addDevice}
        </Link>
      </div>
      {!devices.loaded ? (
        <p class="loading">{t.loading}</p>
      ) : devices.data.length === 0 ? (
        <p class="muted">{t.empty}</p>
      ) : (
        <ul class="list">
          {devices.data.map((device) => (
            <DeviceCard
              key={device.id}
              device={device}
              busy={busy}
              masked={settings.kiosk.enabled}
              onDelete={(chosen) => void remove(chosen)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
