// Per-slot lists: the default slot count, an unticked checklist, and lists cut or grown together.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SLOT_COUNT, resized, slotChecklist } from '@/domain/slots';

describe('slots', () => {
  it('gives a new record two slots, for a dual-SIM phone', () => {
    expect(DEFAULT_SLOT_COUNT).toBe(2);
  });

  it('makes a checklist with every box unticked, or every box ticked', () => {
    expect(slotChecklist()).toEqual({ simInserted: false, switchedOn: false, callMade: false });
    expect(slotChecklist(true)).toEqual({ simInserted: true, switchedOn: true, callMade: true });
  });

  it('grows a list with fresh values and cuts it without touching the rest', () => {
    expect(resized(['a'], 3, () => '')).toEqual(['a', '', '']);
    expect(resized(['a', 'b', 'c'], 2, () => '')).toEqual(['a', 'b']);
    const grown = resized([], 2, slotChecklist);
    expect(grown[0]).not.toBe(grown[1]);
  });
});
