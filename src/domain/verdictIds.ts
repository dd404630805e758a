// The ids of the eight answers Hamta's layer-zero reviewer gives; src/domain/verdicts.ts describes each.
export const VERDICT_IDS = [
  'approved',
  'not-owner',
  'sim-not-seen-on-all-slots',
  'illegal-imei',
  'owned-by-another',
  'invalid-imei-observed',
  'partial-correction-only',
  'already-activated-for-number',
] as const;

export type VerdictId = (typeof VERDICT_IDS)[number];
