// The intake as a Map, by the reference intake's rules (src/intake/intake.ts, src/intake/tickets.ts): one ticket per key.
import type { TicketReceipt } from '@/domain/schemas';
import { fingerprint } from '@/intake/idempotency';

/** A ticket the intake has filed, with what it answers for its key from then on. */
export type FiledTicket = { body: unknown; fingerprint: string; receipt: TicketReceipt; creations: number };

/** One HTTP answer, before it becomes a Response. */
export type IntakeAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/** What the intake does with one POST: answers at once, or files it and answers when filing is done. */
export type Reception = { kind: 'answer'; answer: IntakeAnswer } | { kind: 'filing'; finish(receivedAt: number): IntakeAnswer };

/** What the intake answered, by status, and the violations of its own contract it saw. */
export type IntakeCounts = { byStatus: Map<number, number>; keyReused: number };

function problem(status: number, error: string, headers?: Record<string, string>): IntakeAnswer {
  return { status, body: { type: 'about:blank', status, error }, headers };
}

export type ModelIntake = {
  /** Every ticket filed, by id (the Idempotency-Key). */
  tickets: Map<string, FiledTicket>;
  counts: IntakeCounts;
  /** One POST: its Idempotency-Key header and its body as sent. */
  receive(key: string | null, text: string): Reception;
  /** The next `times` POSTs get `status` (5xx) before the intake looks at them. */
  failNext(status: number, times: number): void;
  /** The next `times` valid POSTs are refused with 400 and field issues. */
  refuseNext(times: number): void;
  /** The intake is healthy again: no fault or refusal waits. */
  heal(): void;
};

export function createModelIntake(): ModelIntake {
  const tickets = new Map<string, FiledTicket>();
  /** Keys being filed right now: a second POST of one gets 409 (the reference intake's in-flight set). */
  const inFlight = new Set<string>();
  const counts: IntakeCounts = { byStatus: new Map(), keyReused: 0 };
  /** Statuses the next POSTs get before the intake looks at them (its demo fault injection, or a proxy in front). */
  let faults: number[] = [];
  /** How many of the next POSTs are refused with 400 (the key stays free, as for any invalid request). */
  let refusals = 0;

  function answered(answer: IntakeAnswer): IntakeAnswer {
    counts.byStatus.set(answer.status, (counts.byStatus.get(answer.status) ?? 0) + 1);
    return answer;
  }

  /** Files the ticket under its key: 201 the first time, 200 with the first receipt for the same body, 422 for another. */
  function file(key: string, body: unknown, receivedAt: number): IntakeAnswer {
    const print = fingerprint(body);
    const stored = tickets.get(key);
    if (stored) {
      if (stored.fingerprint !== print) {
        counts.keyReused += 1;
        return answered(problem(422, 'key-reused'));
      }
      return answered({ status: 200, body: stored.receipt });
    }
    const receipt: TicketReceipt = { id: key, status: 'received', receivedAt: new Date(receivedAt).toISOString() };
    tickets.set(key, { body, fingerprint: print, receipt, creations: 1 });
    return answered({ status: 201, body: receipt });
  }

  function receive(key: string | null, text: string): Reception {
    const fault = faults.shift();
    if (fault !== undefined) {
      const headers = fault === 503 ? { 'Retry-After': '5' } : undefined;
      return { kind: 'answer', answer: answered(problem(fault, fault === 503 ? 'unavailable' : 'internal', headers)) };
    }
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      return { kind: 'answer', answer: answered(problem(400, 'validation')) };
    }
    const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
    if (!key || key !== id) return { kind: 'answer', answer: answered(problem(400, 'validation')) };
    if (refusals > 0) {
      refusals -= 1;
      const issues = [{ path: ['description'], message: 'too-vague' }];
      return { kind: 'answer', answer: answered({ status: 400, body: { status: 400, error: 'validation', issues } }) };
    }
    if (inFlight.has(key)) return { kind: 'answer', answer: answered(problem(409, 'in-progress', { 'Retry-After': '1' })) };
    inFlight.add(key);
    return {
      kind: 'filing',
      finish(receivedAt) {
        inFlight.delete(key);
        return file(key, body, receivedAt);
      },
    };
  }

  return {
    tickets,
    counts,
    receive,
    failNext(status, times) {
      faults = [...faults, ...Array.from({ length: times }, () => status)];
    },
    refuseNext(times) {
      refusals += times;
    },
    heal() {
      faults = [];
      refusals = 0;
    },
  };
}
