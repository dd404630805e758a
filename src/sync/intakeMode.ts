// Whether this build has an intake at all: VITE_INTAKE_URL=off builds a static app that never sends a ticket.

/** `off` (any case, spaces around it ignored) means no intake; anything else is an intake's base URL. */
export function isIntakeOff(setting: string | undefined): boolean {
  return setting?.trim().toLowerCase() === 'off';
}

/** True in a build made with VITE_INTAKE_URL=off: tickets stay on the device and are filed on Hamta by hand. */
export const INTAKE_OFF: boolean = isIntakeOff(import.meta.env.VITE_INTAKE_URL);
