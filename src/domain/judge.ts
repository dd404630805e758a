// The layer-zero reviewer of the reference intake: Hamta's published rules, in a fixed order, over a registry.
import { parseImei, type ParsedImei } from './imei';
import { classifyMismatch, pointsAtInvalidImei, targetImeis, VERDICT_FOR_CASE, type MismatchCase } from './mismatch';
import type { Registry, RegistryDevice } from './registry';
import type { TicketSubmission } from './schemas';
import type { VerdictId } from './verdicts';

/** What the rules look at, worked out once from the submission and the registry. */
type JudgeFacts = {
  /** Every submitted IMEI (correct and registered) that is not empty, parsed. */
  parsed: ParsedImei[];
  requesterPhone: string;
  correctImeis: string[];
  /**
   * What Hamta holds, slot by slot: the device's own registered IMEIs once it
   * is found (the submitted ones only identify it, and may be typed in another
   * order or leave one out), else the submitted ones.
   */
  registeredImeis: string[];
  /** The one device that holds every submitted registered IMEI; null when there is none. */
  device: RegistryDevice | null;
  mismatch: MismatchCase | null;
  devices: readonly RegistryDevice[];
};

export type LayerZeroRule = { verdict: VerdictId; applies: (facts: JudgeFacts) => boolean };

/**
 * The layer-zero rules, first match wins:
 *  1. invalid-imei-observed: a submitted IMEI fails its check digit, cannot be
 *     read, or is a placeholder. Judged on the submission alone, before any
 *     lookup: Hamta says such a request "cannot be filed" at all.
 *  2. not-owner: the submitted registered IMEIs are not all on one device owned
 *     by the requester's phone (including IMEIs Hamta does not hold at all).
 *     From here on, "registered" means what the registry holds for that device.
 *     Hamta's precondition, and checked before anything about the device
 *     is looked at, so a stranger learns nothing about someone else's device.
 *  3. illegal-imei: the device is not legal; no ticket can be filed for it.
 *  4. already-activated-for-number: the correct IMEIs are those registered,
 *     slot by slot: nothing to correct (even if the user's copy of the
 *     registered IMEIs left one out or swapped them).
 *  5. partial-correction-only: no IMEI in common (a board change belongs in
 *     repair registration), or lists that describe no correction at all
 *     (an IMEI twice, Hamta holding more IMEIs than the phone shows); the
 *     Hamta's advice for this verdict is "check what was entered".
 *  6. owned-by-another: a correct IMEI Hamta does not hold for this device is
 *     registered on a device of another owner.
 *  7. sim-not-seen-on-all-slots: the network has not seen the owner's SIM with
 *     every correct IMEI. Last of the rejections: it is the one the owner can
 *     clear alone, and only worth doing for a correction nothing else blocks.
 *  8. approved.
 * Rules 4 and 5 read VERDICT_FOR_CASE, the table the pre-check reads too.
 */
export const LAYER_ZERO_RULES: readonly LayerZeroRule[] = [
  { verdict: 'invalid-imei-observed', applies: (facts) => facts.parsed.some(pointsAtInvalidImei) },
  {
    verdict: 'not-owner',
    applies: (facts) => facts.device === null || facts.device.ownerPhone !== facts.requesterPhone,
  },
  { verdict: 'illegal-imei', applies: (facts) => facts.device?.legal !== true },
  {
    verdict: 'already-activated-for-number',
    applies: (facts) => facts.mismatch !== null && VERDICT_FOR_CASE[facts.mismatch] === 'already-activated-for-number',
  },
  {
    verdict: 'partial-correction-only',
    applies: (facts) => facts.mismatch === null || VERDICT_FOR_CASE[facts.mismatch] === 'partial-correction-only',
  },
  {
    verdict: 'owned-by-another',
    applies: (facts) =>
      targetImeis(facts.correctImeis, facts.registeredImeis).some((imei) =>
        facts.devices.some(
          (other) => other !== facts.device && other.ownerPhone !== facts.requesterPhone && other.registeredImeis.includes(imei),
        ),
      ),
  },
  {
    verdict: 'sim-not-seen-on-all-slots',
    applies: (facts) => {
      const seen = new Set(facts.device?.seenWithOwnerSim ?? []);
      return facts.correctImeis.some((imei) => !seen.has(imei));
    },
  },
  { verdict: 'approved', applies: () => true },
];

/**
 * The verdict the layer-zero reviewer gives a ticket. Pure, and never throws:
 * a submission that does not fit its schema (the intake refuses those first)
 * is judged on what can be read of it, and a registry miss is a verdict.
 */
export function judge(submission: TicketSubmission, registry: Registry): VerdictId {
  const facts = judgeFacts(submission, registry);
  for (const rule of LAYER_ZERO_RULES) {
    if (rule.applies(facts)) return rule.verdict;
  }
  return 'approved';
}

function judgeFacts(submission: TicketSubmission, registry: Registry): JudgeFacts {
  const correct = readImeis(submission?.correctImeis);
  const registered = readImeis(submission?.registeredImeis);
  const devices = Array.isArray(registry?.devices) ? registry.devices : [];
  const phone = submission?.requester?.phone;
  const correctImeis = normalised(correct);
  const device = deviceHolding(devices, normalised(registered));
  // Hamta compares against its own record, not against the user's copy of it.
  const registeredImeis = device ? device.registeredImeis.filter((imei) => imei !== '') : normalised(registered);
  return {
    parsed: [...correct, ...registered],
    requesterPhone: typeof phone === 'string' ? phone : '',
    correctImeis,
    registeredImeis,
    device,
    mismatch: classifyMismatch(correctImeis, registeredImeis),
    devices,
  };
}

/** Far more IMEIs than any phone has slots: the rest cannot change the verdict, and is not read. */
const READ_LIMIT = 16;

// A cheap guard: the intake validates first, but judge must not throw on whatever reaches it.
// parseImei takes any value; empty boxes (and non-strings read as empty) are dropped.
function readImeis(list: unknown): ParsedImei[] {
  if (!Array.isArray(list)) return [];
  return list
    .slice(0, READ_LIMIT)
    .map((raw: unknown) => parseImei(raw as string))
    .filter((result) => result.ok || result.error !== 'empty');
}

function normalised(parsed: readonly ParsedImei[]): string[] {
  return parsed.flatMap((result) => (result.ok ? [result.imei] : []));
}

function deviceHolding(devices: readonly RegistryDevice[], registeredImeis: readonly string[]): RegistryDevice | null {
  const [first] = registeredImeis;
  if (first === undefined) return null;
  const device = devices.find((candidate) => candidate?.registeredImeis?.includes(first));
  if (!device) return null;
  return registeredImeis.every((imei) => device.registeredImeis.includes(imei)) ? device : null;
}
