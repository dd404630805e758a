// Reading a POSTed ticket strictly: unknown fields, at any depth, are refused rather than silently dropped.
import { z } from 'zod';
import { fieldIssuesOf, ticketSubmissionSchema, type FieldIssue, type TicketSubmission } from '../domain/schemas';

const strictSubmissionSchema = z.strictObject({
  ...ticketSubmissionSchema.shape,
  requester: z.strictObject(ticketSubmissionSchema.shape.requester.shape),
});

/** At most 50: an answer about a huge bad body stays small. */
export function issuesOf(error: z.core.$ZodError): FieldIssue[] {
  return fieldIssuesOf(error).slice(0, 50);
}

export type SubmissionResult = { ok: true; submission: TicketSubmission } | { ok: false; issues: FieldIssue[] };

/** The submission in a parsed JSON body, or the issues naming every field at fault. */
export function readSubmission(json: { ok: true; value: unknown } | { ok: false }): SubmissionResult {
  if (!json.ok) return { ok: false, issues: [{ path: [], message: 'invalid-json' }] };
  const parsed = strictSubmissionSchema.safeParse(json.value);
  return parsed.success ? { ok: true, submission: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}
