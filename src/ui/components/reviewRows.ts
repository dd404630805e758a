// The rows of the review's IMEI comparison: each IMEI Hamta holds, the one it should be, and the digits between them.
import { parseImei } from '../../domain/imei';
import { correctionPairs } from '../../domain/mismatch';
import type { Precheck } from '../../domain/precheck';

export type RegisteredRow = {
  /** 0-based slot of the box. */
  slot: number;
  /** As Hamta holds it: normalised when readable, else as typed. */
  registered: string;
  /** The correct IMEI it should become; null when the lists cannot be compared. */
  target: string | null;
  /** 1-based positions of the digits that differ. */
  positions: number[];
};

function normalised(raw: string): string {
  const parsed = parseImei(raw);
  return parsed.ok ? parsed.imei : raw.trim();
}

/** One row per filled registered box, paired with its correct IMEI once the pre-check could compare them. */
export function registeredRows(correctImeis: readonly string[], registeredImeis: readonly string[], checked: Precheck): RegisteredRow[] {
  const filled = registeredImeis.map((raw, slot) => ({ registered: normalised(raw), slot })).filter((row) => row.registered !== '');
  if (checked.case === null) return filled.map((row) => ({ ...row, target: null, positions: [] }));
  // A comparable pre-check means no gaps: the filled boxes are the first ones, in slot order.
  const pairs = correctionPairs(
    correctImeis.map(normalised),
    filled.map((row) => row.registered),
  );
  return pairs.map((pair, index) => ({
    slot: index,
    registered: pair.registered,
    target: pair.target,
    positions: checked.differingDigits[index] ?? [],
  }));
}
