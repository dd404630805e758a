// Step 4: the IMEIs Hamta holds, typed or filled from one of the user's devices.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { Device, TicketDraft } from '../../domain/schemas';
import { useDevices } from '../hooks/data';
import { useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { ImeiBoxes } from './ImeiBoxes';
import type { StepProps } from './stepProps';
import { slotCountOf, withSlotCount } from './wizardFlow';

/** The draft with a device's registered IMEIs, its slot count if larger, and the device remembered. */
function withDevice(draft: TicketDraft, device: Device): TicketDraft {
  const grown = withSlotCount(draft, Math.max(slotCountOf(draft), device.slotCount));
  return {
    ...grown,
    deviceId: device.id,
    registeredImeis: grown.registeredImeis.map((_value, slot) => device.registeredImeis[slot] ?? ''),
  };
}

export function RegisteredStep({ draft, change, showErrors, serverIssue }: StepProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const address = useAddress();
  const devices = useDevices();
  const [picked, setPicked] = useState<string | null>(null);
  const withImeis = devices.data.filter((device) => device.registeredImeis.some((imei) => imei !== ''));
  const nameOf = (device: Device): string => device.nickname.trim() || t.unnamedDevice;

  const pick = (event: TargetedEvent<HTMLSelectElement>): void => {
    const device = withImeis.find((entry) => entry.id === event.currentTarget.value);
    if (!device) return;
    change((current) => withDevice(current, device));
    setPicked(t.picked(nameOf(device)));
  };

  return (
    <>
      <p>{t.registeredIntro}</p>
      {withImeis.length > 0 ? (
        <div class="field">
          <label for="pick-device">{t.pickDevice}</label>
          <select id="pick-device" value={draft.deviceId ?? ''} onChange={pick}>
            <option value="">{t.pickDeviceNone}</option>
            {withImeis.map((device) => (
              <option key={device.id} value={device.id}>
                {t.deviceOption(nameOf(device), device.model)}
              </option>
            ))}
          </select>
          <p class="field-hint" role="status">
            {picked ?? ''}
          </p>
        </div>
      ) : devices.loaded ? (
        <p class="muted">
          {t.noDevices} <Link href={address(paths.newDevice())}>{t.addDevice}</Link>
        </p>
      ) : null}
      <ImeiBoxes
        list="registeredImeis"
        draft={draft}
        change={change}
        serverIssue={serverIssue}
        showErrors={showErrors}
        label={t.registeredLabel}
        hint={t.registeredHint}
        requiredSlots={1}
      />
    </>
  );
}
