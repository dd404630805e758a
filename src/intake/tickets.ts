// The ticket store: a ticket and its idempotency key are written in one transaction, so no two processes both create it.
import { verdictIdSchema, type TicketReceipt, type TicketSubmission } from '../domain/schemas';
import type { VerdictId } from '../domain/verdicts';
import type { Database, Queryable } from './database';
import { KEY_RETENTION_DAYS } from './idempotency';

export type NewTicket = {
  key: string;
  fingerprint: string;
  submission: TicketSubmission;
  verdict: VerdictId;
  receivedAt: Date;
  reviewAt: Date;
};

export type FileOutcome =
  | { kind: 'created'; receipt: TicketReceipt }
  /** The same key and body again: the first answer, as stored. */
  | { kind: 'replayed'; response: unknown }
  | { kind: 'key-reused' }
  | { kind: 'in-progress' };

export type StoredTicket = { verdict: VerdictId; reviewAt: Date };

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

// A transaction holding this lock is still filing the key's ticket: a second request for it gets 409 instead of waiting.
async function tryLockKey(tx: Queryable, key: string): Promise<boolean> {
  const [row] = await tx.query('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 13)) AS locked', [key]);
  return row?.locked === true;
}

/** Files a ticket once: the key, its fingerprint and the response are stored with the ticket, or nothing is. */
export function fileTicket(db: Database, ticket: NewTicket): Promise<FileOutcome> {
  return db
    .transaction(async (tx): Promise<FileOutcome> => {
      if (!(await tryLockKey(tx, ticket.key))) return { kind: 'in-progress' };
      const [stored] = await tx.query('SELECT fingerprint, response FROM idempotency_keys WHERE key = $1', [ticket.key]);
      if (stored)
        return stored.fingerprint === ticket.fingerprint ? { kind: 'replayed', response: stored.response } : { kind: 'key-reused' };
      const [created] = await tx.query(
        `INSERT INTO tickets (id, submission, verdict, received_at, review_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING RETURNING received_at`,
        [
          ticket.submission.id,
          JSON.stringify(ticket.submission),
          ticket.verdict,
          ticket.receivedAt.toISOString(),
          ticket.reviewAt.toISOString(),
        ],
      );
      // No row: the ticket outlived its key (kept longer than keys are); its first receipt is the answer.
      const [existing] = created ? [created] : await tx.query('SELECT received_at FROM tickets WHERE id = $1', [ticket.submission.id]);
      const receipt: TicketReceipt = {
        id: ticket.submission.id,
        status: 'received',
        receivedAt: toDate(existing?.received_at).toISOString(),
      };
      const [bound] = await tx.query(
        `INSERT INTO idempotency_keys (key, fingerprint, status, response) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
        [ticket.key, ticket.fingerprint, created ? 201 : 200, JSON.stringify(receipt)],
      );
      if (!bound) throw new KeyRaceError();
      return created ? { kind: 'created', receipt } : { kind: 'replayed', response: receipt };
    })
    .catch((error: unknown) => {
      if (error instanceof KeyRaceError) return { kind: 'in-progress' };
      throw error;
    });
}

/** Another transaction bound the key between our look and our insert: ours is rolled back, the client retries. */
class KeyRaceError extends Error {}

export async function findTicket(db: Database, id: string): Promise<StoredTicket | null> {
  const [row] = await db.query('SELECT verdict, review_at FROM tickets WHERE id = $1', [id]);
  return row ? { verdict: verdictIdSchema.parse(row.verdict), reviewAt: toDate(row.review_at) } : null;
}

export async function countTickets(db: Database): Promise<number> {
  const [row] = await db.query('SELECT count(*)::int AS n FROM tickets');
  return Number(row?.n ?? 0);
}

/** Keys older than the retention period are forgotten; their tickets stay (and still answer a late retry once). */
export async function purgeExpiredKeys(db: Database, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - KEY_RETENTION_DAYS * 24 * 3600 * 1000);
  const rows = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1 RETURNING key', [cutoff.toISOString()]);
  return rows.length;
}

/** Demo reset: every ticket and key is forgotten; the registry stays. */
export async function clearTickets(db: Database): Promise<void> {
  await db.exec('TRUNCATE tickets, idempotency_keys');
}
