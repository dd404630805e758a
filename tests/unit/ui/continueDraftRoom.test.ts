// The room the start page keeps for the unfinished-draft card: a height remembered across starts, and nothing odd read back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectContinueCard, rememberedRoom, rememberRoom } from '@/ui/continueDraftRoom';

/** The three calls the module makes, over a Map (as the drafts' sessionStorage tests do). */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the room kept for the unfinished-draft card', () => {
  it('is the height the card last had, in whole pixels, and none once the card did not show', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(rememberedRoom()).toBe(0);
    rememberRoom(221.6);
    expect(rememberedRoom()).toBe(222);
    rememberRoom(0);
    expect(rememberedRoom()).toBe(0);
  });

  it('is none when what is stored is not a height', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    for (const stored of ['', 'abc', '-40', 'Infinity', '1e999']) {
      storage.setItem('imei-assistant:continue-draft-room', stored);
      expect(rememberedRoom(), stored).toBe(0);
    }
  });

  it('is none, without an error, when storage is blocked', () => {
    const blocked = (): never => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });
    expect(() => rememberRoom(200)).not.toThrow();
    expect(rememberedRoom()).toBe(0);
  });

  it('after a draft is started, is about the usual height of the card unless its real height is known', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('document', { documentElement: {} });
    vi.stubGlobal('getComputedStyle', () => ({ fontSize: '17px' }));
    expectContinueCard();
    expect(rememberedRoom()).toBe(204);
    rememberRoom(303);
    expectContinueCard();
    expect(rememberedRoom()).toBe(303);
  });
});
