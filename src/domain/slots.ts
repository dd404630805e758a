// Per-slot lists (IMEIs, checklists): how many slots a new record gets, and growing or shrinking the lists together.
import type { SlotChecklist } from './schemas';

/** Two slots: Hamta asks for both IMEIs of a dual-SIM phone. */
export const DEFAULT_SLOT_COUNT = 2;

/** One slot's checklist with every box ticked as `done` says (unticked by default). */
export function slotChecklist(done = false): SlotChecklist {
  return { simInserted: done, switchedOn: done, callMade: done };
}

/** `list` cut or grown to `length`, new places taken by `fill()`. */
export function resized<T>(list: readonly T[], length: number, fill: () => T): T[] {
  return Array.from({ length }, (_unused, index) => list[index] ?? fill());
}
