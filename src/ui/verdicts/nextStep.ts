// From Hamta's verdict on a ticket to what the user can do next with it, and the draft a resubmission starts from.
import type { SlotChecklist, Ticket, TicketDraft, WizardStep } from '../../domain/schemas';
import type { VerdictId } from '../../domain/verdicts';

export type NextStep =
  | 'done' // approved: nothing left to do
  | 'resubmit-checklist' // the SIM was not seen in every slot: do the checklist, send the same ticket again
  | 'resubmit-edit' // already activated for this number: the IMEIs were entered wrongly
  | 'share-with-owner' // only the owner's kartabl can file it
  | 'repair-registration' // all IMEIs changed: not this ticket's job
  | 'contact'; // importer, warranty company, seller: no ticket helps

const NEXT_STEP: Readonly<Record<VerdictId, NextStep>> = {
  approved: 'done',
  'not-owner': 'share-with-owner',
  'sim-not-seen-on-all-slots': 'resubmit-checklist',
  'illegal-imei': 'contact',
  'owned-by-another': 'contact',
  'invalid-imei-observed': 'contact',
  'partial-correction-only': 'repair-registration',
  'already-activated-for-number': 'resubmit-edit',
};

export function nextStepFor(verdict: VerdictId): NextStep {
  return NEXT_STEP[verdict];
}

/** The wizard step a resubmission opens at: the one the verdict asks the user to redo. */
export function resubmissionStep(next: 'resubmit-checklist' | 'resubmit-edit'): WizardStep {
  return next === 'resubmit-checklist' ? 'checklist' : 'correct';
}

function padded<T>(values: readonly T[], length: number, fill: T): T[] {
  return Array.from({ length }, (_, index) => values[index] ?? fill);
}

/**
 * A new draft prefilled from a ticket Hamta turned down, linked to it by
 * `resubmissionOf`. After "SIM not seen in every slot" the checklist starts
 * unticked: the point is to do it again, for real, before sending.
 */
export function resubmissionDraft(ticket: Ticket, step: WizardStep): Partial<TicketDraft> {
  const slots = Math.max(ticket.correctImeis.length, ticket.registeredImeis.length, 1);
  const checked = (done: boolean): SlotChecklist => ({ simInserted: done, switchedOn: done, callMade: done });
  const slotChecklist =
    step === 'checklist' ? padded<SlotChecklist>([], slots, checked(false)) : padded(ticket.slotChecks, slots, false).map(checked);
  const draft: Partial<TicketDraft> = {
    step,
    phone: ticket.requester.phone,
    correctImeis: padded(ticket.correctImeis, slots, ''),
    registeredImeis: padded(ticket.registeredImeis, slots, ''),
    slotChecklist,
    description: ticket.description,
    resubmissionOf: ticket.id,
  };
  if (ticket.deviceId !== undefined) draft.deviceId = ticket.deviceId;
  return draft;
}
