// Which intake the app sends tickets to, and whether it is the demo intake (the UI then says so).
import { isDemoIntake, ticketsUrl } from '../domain/delivery';
import { createStore, type Store } from '../domain/store';

/** VITE_INTAKE_URL points the app at a real intake; unset, tickets go to the same origin's /api. */
const INTAKE_BASE: string = import.meta.env.VITE_INTAKE_URL || '/api';

export type IntakeKind = 'demo' | 'other' | 'unknown';

const STORAGE_KEY = `intake-kind:${INTAKE_BASE}`;

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

/**
 * Asks the intake once, at start, whether it is the demo. OPTIONS on the tickets
 * address is what any intake that takes tickets from a web app already answers
 * (it is the CORS preflight), with a 2xx: nothing lands in the console as an
 * error. With no network there is no request at all, so none fails loudly.
 */
export async function probeIntake(send: typeof fetch = fetch): Promise<IntakeKind> {
  if (globalThis.navigator?.onLine === false) return intakeKind.get();
  try {
    const response = await send(intakeTicketsUrl(), { method: 'OPTIONS', signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel().catch(() => undefined);
    // Only the demo marks itself; any other intake that answers is taken for a real one.
    if (response.ok) setKind(isDemoIntake(response) ? 'demo' : 'other');
  } catch {
    // Unreachable (a dead link while the browser says online): keep what we knew.
  }
  return intakeKind.get();
}
