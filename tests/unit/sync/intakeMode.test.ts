// VITE_INTAKE_URL=off: the one setting that builds an app with no intake.
import { describe, expect, it } from 'vitest';
import { isIntakeOff } from '@/sync/intakeMode';

describe('isIntakeOff', () => {
  it('is true for "off" in any case, with spaces around it', () => {
    for (const setting of ['off', 'OFF', ' Off ']) expect(isIntakeOff(setting)).toBe(true);
  });

  it('is false when unset or an intake URL', () => {
    for (const setting of [undefined, '', '/api', 'https://intake.example.org/api', 'offline.example.org'])
      expect(isIntakeOff(setting)).toBe(false);
  });
});
