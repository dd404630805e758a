// One device in the list: its name, model, slots, and the IMEIs Hamta holds beside the correct ones.
import type { JSX } from 'preact';
import type { Device } from '../../domain/schemas';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { deviceMessages } from '../i18n/devices';
import { Link } from '../router';
import { shownImei } from '../components/shownImei';
import { paths } from '../addresses';

/** masked: on a shared kiosk tablet only the last digits of an IMEI show in a list. */
type DeviceCardProps = { device: Device; onDelete: (device: Device) => void; busy: boolean; masked: boolean };

export function DeviceCard({ device, onDelete, busy, masked }: DeviceCardProps): JSX.Element {
  const t = useMessages(deviceMessages);
  const lang = useLang();
  const name = device.nickname || t.unnamed;
  const headingId = `device-${device.id}-name`;
  const slots = Array.from({ length: device.slotCount }, (_, index) => index);

  const imei = (value: string | undefined): JSX.Element =>
    value ? <span class="imei">{localDigits(shownImei(value, masked), lang)}</span> : <span class="muted">{t.notKnown}</span>;

  return (
    <li>
      <h2 id={headingId} class="device-name" dir="auto">
        {name}
      </h2>
      <p class="muted">
        {device.model ? <span dir="auto">{device.model} · </span> : null}
        {t.slotCountText(device.slotCount)}
      </p>
      <dl class="device-imeis">
        {slots.map((slot) => {
          const registered = device.registeredImeis[slot];
          const correct = device.correctImeis[slot];
          const differs = Boolean(registered && correct && registered !== correct);
          return (
            <div key={slot} class="device-slot">
              <dt>{t.slotLabel(slot + 1)}</dt>
              <dd>
                {t.registeredHeading}: {imei(registered)}
                {differs ? <span class="badge status-needs-changes">{t.differs}</span> : null}
              </dd>
              <dd>
                {t.correctHeading}: {imei(correct)}
              </dd>
            </div>
          );
        })}
      </dl>
      <div class="actions">
        <Link class="button secondary" href={paths.editDevice(device.id)} aria-label={t.editNamed(name)}>
          {t.edit}
        </Link>
        <button type="button" class="danger" disabled={busy} aria-label={t.deleteNamed(name)} onClick={() => onDelete(device)}>
          {t.delete}
        </button>
      </div>
    </li>
  );
}
