// The intake's 400 issues of a refused ticket, shown on the fields of the draft that corrects it.
import type { FieldIssue, Ticket } from '../../domain/schemas';
import type { WizardMessages as WizardWords } from '../i18n/wizard';

/** The intake's error for the field at `path`, or null; `current` is what the field holds now. */
export type ServerIssueLookup = (path: readonly (string | number)[], current: string) => string | null;

const NO_SERVER_ISSUES: ServerIssueLookup = () => null;

function valueAt(ticket: Ticket, path: readonly (string | number)[]): unknown {
  let value: unknown = ticket;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function reasonText(issue: FieldIssue, t: WizardWords): string {
  // Our own schema's codes get words; anything else is the intake's own text.
  if (issue.message === 'imei-format') return t.serverImeiFormat;
  if (issue.message === 'phone-format') return t.serverPhoneFormat;
  return issue.message;
}

/**
 * Looks up the issue the intake reported for a field of the refused ticket. The
 * error stays only while the field still holds the refused value: once the user
 * has changed it, the intake has not judged the new value yet.
 */
export function serverIssuesOf(refused: Ticket | undefined, t: WizardWords): ServerIssueLookup {
  if (!refused || refused.status !== 'needs-changes' || !refused.issues?.length) return NO_SERVER_ISSUES;
  const issues = refused.issues;
  return (path, current) => {
    const key = path.join('.');
    const issue = issues.find((candidate) => candidate.path.join('.') === key);
    if (!issue) return null;
    const refusedValue = valueAt(refused, path);
    if (typeof refusedValue === 'string' && refusedValue !== current.trim()) return null;
    return t.serverRefused(reasonText(issue, t));
  };
}
