// The staff side of the kiosk bar: "Staff" opens the staff screen and "Leave kiosk" ends kiosk mode, each behind the PIN.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { checkStaffPin, leaveKiosk } from '../../data/kioskPin';
import type { KioskSettings } from '../../domain/schemas';
import { useMessages } from '../i18n/core';
import { kioskMessages } from '../i18n/kiosk';
import { kioskStaffMessages } from '../i18n/kioskStaff';
import { PinGate } from './PinGate';
import { StaffScreen } from './StaffScreen';

type Open = 'nothing' | 'staff-pin' | 'staff-screen' | 'leave-pin';

/**
 * The idle countdown keeps running behind these panels: a customer who opens a
 * PIN form and walks away must not keep the next customer from a wiped tablet.
 */
export function StaffButtons({ kiosk }: { kiosk: KioskSettings }): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  const common = useMessages(kioskMessages);
  const [open, setOpen] = useState<Open>('nothing');
  const close = (): void => setOpen('nothing');
  return (
    <>
      <button
        type="button"
        class="secondary"
        aria-expanded={open === 'staff-pin' || open === 'staff-screen'}
        onClick={() => setOpen('staff-pin')}
      >
        {t.staff}
      </button>
      <button type="button" class="secondary" aria-expanded={open === 'leave-pin'} onClick={() => setOpen('leave-pin')}>
        {t.leaveKiosk}
      </button>
      {open === 'staff-pin' ? (
        <PinGate
          id="kiosk-staff"
          title={t.staffPinTitle}
          submitLabel={t.open}
          lock={kiosk.pinLock}
          check={(pin) => checkStaffPin(pin)}
          onPass={() => setOpen('staff-screen')}
          onClose={close}
        />
      ) : null}
      {open === 'staff-screen' ? <StaffScreen kiosk={kiosk} onClose={close} /> : null}
      {open === 'leave-pin' ? (
        <PinGate
          id="kiosk-exit"
          title={common.exitTitle}
          submitLabel={common.exitConfirm}
          lock={kiosk.pinLock}
          check={(pin) => leaveKiosk(pin)}
          onPass={close}
          onClose={close}
        />
      ) : null}
    </>
  );
}
