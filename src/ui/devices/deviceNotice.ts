// What the device list says when the user arrives from the form: a save to confirm, or a delete to undo.
import type { Device } from '../../domain/schemas';

export type DeviceNotice = { kind: 'saved'; nickname: string } | { kind: 'deleted'; device: Device };

// Module state, not a URL: the notice is shown once, and a nickname never goes in an address.
let pending: DeviceNotice | null = null;

/** Leaves a notice for the device list to show when it opens next. */
export function leaveDeviceNotice(notice: DeviceNotice): void {
  pending = notice;
}

/** The notice left for the list, once: taking it clears it. */
export function takeDeviceNotice(): DeviceNotice | null {
  const notice = pending;
  pending = null;
  return notice;
}
