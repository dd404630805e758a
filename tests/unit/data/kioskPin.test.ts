// The staff PIN: PBKDF2 with a salt of its own, the old SHA-256 record upgraded, five wrong tries lock entry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistantDb } from '@/data/db';
import {
  checkStaffPin,
  createPinRecord,
  leaveKiosk,
  legacyPinHash,
  normalisePin,
  PBKDF2_ITERATIONS,
  sameHex,
  setKioskIdleSeconds,
  startKiosk,
} from '@/data/kioskPin';
import { getSettings, updateSettings } from '@/data/settings';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const T0 = Date.parse('2026-11-25T10:00:00.000Z');

/** A kiosk with a PIN record of few iterations: the lock tests try many PINs, each costing a full derivation. */
async function quickKiosk(pin: string, idleSeconds = 180): Promise<void> {
  await updateSettings({ kiosk: { enabled: true, pin: await createPinRecord(pin, 1000), idleSeconds } });
}

describe('normalisePin', () => {
  it('accepts 4 to 8 digits in any script and refuses anything else', () => {
    expect(normalisePin('۱۲۳۴')).toBe('1234');
    expect(normalisePin('١٢٣٤٥')).toBe('12345');
    expect(normalisePin(' 12345678 ')).toBe('12345678');
    expect(normalisePin('123')).toBeNull();
    expect(normalisePin('123456789')).toBeNull();
    expect(normalisePin('12a4')).toBeNull();
  });
});

describe('the PIN record', () => {
  it('is PBKDF2-SHA-256 with at least 600,000 iterations and a fresh 16-byte salt', async () => {
    const first = await createPinRecord('2468');
    const second = await createPinRecord('2468');
    expect(first.kdf).toBe('PBKDF2-SHA-256');
    expect(first.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(first.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('is the standard PBKDF2 of the PIN with its salt (checked against Web Crypto directly)', async () => {
    const record = await createPinRecord('2468', 1000);
    const salt = Uint8Array.from(record.salt.match(/../g) ?? [], (pair) => parseInt(pair, 16));
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('2468'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, key, 256);
    expect(Array.from(new Uint8Array(bits), (byte) => byte.toString(16).padStart(2, '0')).join('')).toBe(record.hash);
  });

  it('holds neither the PIN nor any SHA-256 of it', async () => {
    expect(await startKiosk('۲۴۶۸')).toBe(true);
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain('2468');
    for (const text of ['2468', 'imei-assistant-kiosk:2468']) expect(stored).not.toContain(await sha256Hex(text));
    const { kiosk } = await getSettings();
    expect(kiosk.pinHash).toBeUndefined();
    expect(kiosk.pin?.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('compares hashes without regard to where they differ', () => {
    expect(sameHex('00ff', '00ff')).toBe(true);
    expect(sameHex('00ff', '00fe')).toBe(false);
    expect(sameHex('00ff', '00f')).toBe(false);
  });
});

describe('checkStaffPin', () => {
  it('lets the right PIN through and refuses a wrong one, counting down the tries', async () => {
    await quickKiosk('2468');
    expect(await checkStaffPin('1111', T0)).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 });
    expect(await checkStaffPin('۲۴۶۸', T0)).toEqual({ ok: true });
    // The right PIN starts the count afresh.
    expect(await checkStaffPin('1111', T0)).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 });
  });

  it('upgrades an old SHA-256 record to PBKDF2 at the next right PIN', async () => {
    await updateSettings({ kiosk: { enabled: true, pinHash: await legacyPinHash('1357'), idleSeconds: 180 } });
    expect((await checkStaffPin('9999', T0)).ok).toBe(false);
    expect((await getSettings()).kiosk.pinHash).toBeDefined();

    expect(await checkStaffPin('1357', T0)).toEqual({ ok: true });
    const { kiosk } = await getSettings();
    expect(kiosk.pinHash).toBeUndefined();
    expect(kiosk.pin?.kdf).toBe('PBKDF2-SHA-256');
    expect(kiosk.enabled).toBe(true);
    expect(await checkStaffPin('1357', T0)).toEqual({ ok: true });
  });

  it('locks entry after five wrong PINs, even for the right one, until the minute is over', async () => {
    await quickKiosk('2468');
    for (let attempt = 1; attempt < 5; attempt += 1) expect((await checkStaffPin('0000', T0)).ok).toBe(false);
    const lockedUntil = new Date(T0 + 60_000).toISOString();
    expect(await checkStaffPin('0000', T0)).toEqual({ ok: false, reason: 'locked', lockedUntil });
    expect(await checkStaffPin('2468', T0 + 59_000)).toEqual({ ok: false, reason: 'locked', lockedUntil });
    // The lock is stored: a reload reads it back.
    expect((await getSettings()).kiosk.pinLock?.lockedUntil).toBe(lockedUntil);
    // Nothing else changed: still a kiosk.
    expect((await getSettings()).kiosk.enabled).toBe(true);
    expect(await checkStaffPin('2468', T0 + 60_000)).toEqual({ ok: true });
    expect((await getSettings()).kiosk.pinLock).toBeUndefined();
  });

  it('doubles the lock each further time', async () => {
    await quickKiosk('2468');
    let now = T0;
    for (const minutes of [1, 2, 4]) {
      let result = await checkStaffPin('0000', now);
      for (let attempt = 1; attempt < 5; attempt += 1) result = await checkStaffPin('0000', now);
      expect(result).toEqual({ ok: false, reason: 'locked', lockedUntil: new Date(now + minutes * 60_000).toISOString() });
      now += minutes * 60_000;
    }
  });
});

describe('leaveKiosk', () => {
  it('leaves kiosk mode with the right PIN only; a wrong one changes nothing else', async () => {
    await quickKiosk('2468', 120);
    expect((await leaveKiosk('1111', T0)).ok).toBe(false);
    expect((await getSettings()).kiosk).toMatchObject({ enabled: true, idleSeconds: 120 });
    expect((await leaveKiosk('2468', T0)).ok).toBe(true);
    expect((await getSettings()).kiosk.enabled).toBe(false);
  });

  it('refuses to start with an invalid PIN', async () => {
    expect(await startKiosk('12')).toBe(false);
    expect((await getSettings()).kiosk.enabled).toBe(false);
  });
});

describe('setKioskIdleSeconds', () => {
  it('changes the idle time and keeps the PIN', async () => {
    await startKiosk('2468', 180);
    await setKioskIdleSeconds(300);
    const { kiosk } = await getSettings();
    expect(kiosk.idleSeconds).toBe(300);
    expect(kiosk.pin).toBeDefined();
  });
});
