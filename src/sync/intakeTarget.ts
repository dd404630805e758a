// Which intake the app sends tickets to, and whether it is the demo intake (the UI then says so).
import { isDemoIntake, ticketsUrl } from '../domain/delivery';
import { createStore, type Store } from '../domain/store';

/** VITE_INTAKE_URL points the app at a real intake; unset, tickets go to the same origin's /api. */
export const INTAKE_BASE: string = import.meta.env.VITE_INTAKE_URL || '/api';

export type IntakeKind = 'demo' | 'other' | 'unknown';

const STORAGE_KEY = `intake-kind:${INTAKE_BASE}`;
/** A well-formed id no ticket has: asking for it costs the intake nothing and shows its headers. */
const PROBE_ID = '00000000-0000-4000-8000-000000000000';

function appUrl(): string {
  return globalThis.location?.href ?? 'http://localhost/';
}

export function intakeTicketsUrl(): string {
  return ticketsUrl(INTAKE_BASE, appUrl());
}

export function intakeTicketUrl(ticketId: string): string {
  return `${intakeTicketsUrl()}/${encodeURIComponent(ticketId)}`;
}

/** Whether the intake is the demo, as its last answer said (remembered across starts). */
export const intakeKind: Store<IntakeKind> = createStore(readStoredKind());

function readStoredKind(): IntakeKind {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'demo' || stored === 'other' ? stored : 'unknown';
  } catch {
    return 'unknown';
  }
}

function setKind(next: IntakeKind): void {
  if (next === intakeKind.get()) return;
  intakeKind.set(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Remembering it is a convenience for offline starts; the next answer says it again.
  }
}

/** Learns from any answer of the intake whether it is the demo (it says so in a header). */
export function noteIntakeAnswer(response: Response): void {
  // Only an answer in JSON is the intake talking; a proxy's error page says nothing about it.
  if (!(response.headers.get('content-type') ?? '').includes('json')) return;
  setKind(isDemoIntake(response) ? 'demo' : 'other');
}

/** Asks the intake once for a ticket nobody has, to read its headers. */
export async function probeIntake(send: typeof fetch = fetch): Promise<IntakeKind> {
  try {
    const response = await send(intakeTicketUrl(PROBE_ID), { signal: AbortSignal.timeout(10_000) });
    noteIntakeAnswer(response);
    await response.body?.cancel().catch(() => undefined);
  } catch {
    // Offline or unreachable: keep what we knew.
  }
  return intakeKind.get();
}
