// The wizard's flow: step order, what blocks each step, which box a finding points at, and slot resizing.
import { normalisePhone } from '../../domain/phone';
import { MAX_SLOTS, WIZARD_STEPS, type TicketDraft, type WizardStep } from '../../domain/schemas';
import { DEFAULT_SLOT_COUNT, resized, slotChecklist } from '../../domain/slots';
import { precheckDraft } from '../../domain/submission';
import type { ShownFinding } from '../i18n/findings';

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step);
}

export function nextStep(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[stepIndex(step) + 1] ?? null;
}

export function previousStep(step: WizardStep): WizardStep | null {
  const index = stepIndex(step);
  return index > 0 ? (WIZARD_STEPS[index - 1] ?? null) : null;
}

/** The step where a finding can be fixed. */
export function stepOfFinding(finding: ShownFinding): WizardStep {
  switch (finding.field) {
    case 'correct':
    case 'phone':
      return 'correct';
    case 'registered':
      return 'registered';
    case 'description':
      return 'description';
    default:
      return finding.code === 'sim-not-checked' ? 'checklist' : 'review';
  }
}

/** The id of the box a finding points at, to focus it; null when it has none. */
export function fieldIdOf(finding: ShownFinding): string | null {
  const slot = (finding.slot ?? 0) + 1;
  switch (finding.field) {
    case 'correct':
      return `correct-imei-${slot}`;
    case 'registered':
      return `registered-imei-${slot}`;
    case 'phone':
      return 'requester-phone';
    case 'description':
      return 'ticket-description';
    default:
      return finding.code === 'sim-not-checked' ? `slot-${slot}-sim` : null;
  }
}

/** The errors that keep the user on a step ("Next" refuses to move on while there are any). */
export function blockingFindings(draft: TicketDraft, step: WizardStep): ShownFinding[] {
  if (step === 'subject' || step === 'guide' || step === 'checklist') return [];
  const errors: ShownFinding[] = precheckDraft(draft).errors.filter((finding) => stepOfFinding(finding) === step);
  if (step === 'correct') {
    const phone = normalisePhone(draft.phone);
    if (!phone.ok) errors.push({ code: phone.error, field: 'phone' });
  }
  return errors;
}

/**
 * How many IMEI boxes to show out of `slots`: the box after the last one with
 * text opens, as on Hamta ("once IMEI 1 is filled, the box for IMEI 2 opens").
 * A box that holds text is never hidden.
 */
export function openSlotCount(values: readonly string[], slots: number): number {
  let lastFilled = -1;
  values.forEach((value, slot) => {
    if (slot < slots && value.trim() !== '') lastFilled = slot;
  });
  return Math.min(slots, Math.max(1, lastFilled + 2));
}

/** The draft with room for `count` slots (1–MAX_SLOTS) in every per-slot list. */
export function withSlotCount(draft: TicketDraft, count: number): TicketDraft {
  const slots = Math.min(MAX_SLOTS, Math.max(1, Math.trunc(count) || DEFAULT_SLOT_COUNT));
  return {
    ...draft,
    correctImeis: resized(draft.correctImeis, slots, () => ''),
    registeredImeis: resized(draft.registeredImeis, slots, () => ''),
    slotChecklist: resized(draft.slotChecklist, slots, slotChecklist),
  };
}

/** The number of slots of a draft: one per correct IMEI box. */
export function slotCountOf(draft: TicketDraft): number {
  return Math.max(1, draft.correctImeis.length);
}

/** IMEIs spread over slots from a pasted *#06# screen; the slot count grows to hold them (never shrinks). */
export function withPastedImeis(draft: TicketDraft, list: 'correctImeis' | 'registeredImeis', imeis: readonly string[]): TicketDraft {
  const grown = withSlotCount(draft, Math.max(slotCountOf(draft), Math.min(imeis.length, MAX_SLOTS)));
  const values = grown[list].map((value, slot) => imeis[slot] ?? value);
  return { ...grown, [list]: values };
}
