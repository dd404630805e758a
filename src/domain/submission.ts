// Turns a finished draft into the intake's ticket body: IMEIs and phone normalised, the checklist folded per slot.
import { parseImei } from './imei';
import { normalisePhone, type PhoneError } from './phone';
import { precheck, type Finding, type Precheck, type PrecheckContext } from './precheck';
import { ticketSubmissionSchema, type SlotChecklist, type TicketDraft, type TicketSubmission } from './schemas';

/**
 * Why a draft cannot be submitted: a pre-check error (an IMEI box, the
 * description), the requester's phone number, or — a bug, never user input —
 * a body the intake schema refuses ('schema', with the path it names).
 */
type SubmissionError = Finding | { code: PhoneError; field: 'phone' } | { code: 'schema'; path: string };

export type BuiltSubmission =
  { ok: true; submission: TicketSubmission; precheck: Precheck } | { ok: false; precheck: Precheck; errors: SubmissionError[] };

/** A slot counts as checked only when all three steps Hamta asks for after "SIM not seen on every slot" were done in it. */
export function slotChecked(checklist: SlotChecklist | undefined): boolean {
  return checklist !== undefined && checklist.simInserted && checklist.switchedOn && checklist.callMade;
}

/** The draft's slot-by-slot checklist as the intake's slotChecks: one boolean per correct IMEI. */
export function slotChecksOf(draft: Pick<TicketDraft, 'correctImeis' | 'slotChecklist'>): boolean[] {
  return draft.correctImeis.map((_imei, slot) => slotChecked(draft.slotChecklist[slot]));
}

/** The pre-check of a draft as it stands; the wizard's review and buildSubmission read the same answer. */
export function precheckDraft(draft: TicketDraft, context?: PrecheckContext): Precheck {
  return precheck(
    {
      correctImeis: draft.correctImeis,
      registeredImeis: draft.registeredImeis,
      description: draft.description,
      slotChecks: slotChecksOf(draft),
    },
    context,
  );
}

function normalisedImeis(raw: readonly string[]): string[] {
  const imeis: string[] = [];
  for (const entry of raw) {
    const parsed = parseImei(entry);
    // Empty registered boxes at the end mean Hamta holds fewer IMEIs; the pre-check refused any other gap.
    if (parsed.ok) imeis.push(parsed.imei);
  }
  return imeis;
}

/**
 * The ticket body for POST /api/tickets, or every reason it cannot be sent.
 * Its id is the draft's: a second tab submitting the same draft makes the same
 * ticket, and the intake's idempotency key keeps it one. Warnings never block.
 */
export function buildSubmission(draft: TicketDraft, now: Date, context?: PrecheckContext): BuiltSubmission {
  const checked = precheckDraft(draft, context);
  const errors: SubmissionError[] = [...checked.errors];
  const phone = normalisePhone(draft.phone);
  if (!phone.ok) errors.push({ code: phone.error, field: 'phone' });
  if (Number.isNaN(now.getTime())) errors.push({ code: 'schema', path: 'createdAt' });
  if (errors.length > 0) return { ok: false, precheck: checked, errors };

  const body = ticketSubmissionSchema.safeParse({
    id: draft.id,
    subject: 'imei-mismatch',
    requester: { phone: phone.ok ? phone.phone : '' },
    correctImeis: normalisedImeis(draft.correctImeis),
    registeredImeis: normalisedImeis(draft.registeredImeis),
    description: draft.description.trim(),
    slotChecks: slotChecksOf(draft),
    createdAt: now.toISOString(),
  });
  if (!body.success) {
    const schemaErrors = body.error.issues.map((issue) => ({ code: 'schema' as const, path: issue.path.join('.') }));
    return { ok: false, precheck: checked, errors: schemaErrors };
  }
  return { ok: true, submission: body.data, precheck: checked };
}
