// The intake contract's POST (design.md, "The intake contract"): the ticket as sent, the receipt, the issues of a refusal.
// Its own module: the service worker validates these, and loads nothing else of the app's records with them.
import { z } from 'zod/mini';
import { DESCRIPTION_MAX, MAX_SLOTS } from './limits';

/** A normalised IMEI: 15 ASCII digits (the check digit is judged elsewhere). */
export const imeiDigitsSchema = z.string().check(z.regex(/^\d{15}$/, 'imei-format'));

/** An Iranian mobile number, normalised to 09xxxxxxxxx. */
export const phoneSchema = z.string().check(z.regex(/^09\d{9}$/, 'phone-format'));

/** A moment with its offset from UTC, as every record and message gives it. */
export const isoDateSchema = z.iso.datetime({ offset: true });

/** One issue the intake found with a field, as it reported it. */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** A failed parse as field issues: where each problem is, and zod's message for it. */
export function fieldIssuesOf(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

/** POST /api/tickets body. The id doubles as the Idempotency-Key. */
export const ticketSubmissionSchema = z.object({
  id: z.uuid(),
  subject: z.literal('imei-mismatch'),
  requester: z.object({ phone: phoneSchema }),
  correctImeis: z.array(imeiDigitsSchema).check(z.minLength(1), z.maxLength(MAX_SLOTS)),
  registeredImeis: z.array(imeiDigitsSchema).check(z.minLength(1), z.maxLength(MAX_SLOTS)),
  description: z.string().check(z.maxLength(DESCRIPTION_MAX)),
  slotChecks: z.array(z.boolean()).check(z.maxLength(MAX_SLOTS)),
  createdAt: isoDateSchema,
});
export type TicketSubmission = z.infer<typeof ticketSubmissionSchema>;

/** 201 (first time) or 200 (same id again) from POST /api/tickets. */
export const ticketReceiptSchema = z.object({
  id: z.uuid(),
  status: z.literal('received'),
  receivedAt: isoDateSchema,
});
export type TicketReceipt = z.infer<typeof ticketReceiptSchema>;

/** 400 from the intake: not retried; the ticket goes back to the user. */
export const validationErrorSchema = z.object({
  error: z.literal('validation'),
  issues: z.array(fieldIssueSchema),
});
