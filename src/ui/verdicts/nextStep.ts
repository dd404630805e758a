// From Hamta's verdict on a ticket to what the user can do next with it.
import type { WizardStep } from '../../domain/schemas';
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
