// The page's side of the messages with the service worker: find it, post to it, ask its queue, hear ticket updates.
import {
  queueStateSchema,
  TICKET_STATUS_CHANNEL,
  workerMessageSchema,
  type PageMessage,
  type QueueState,
  type WorkerMessage,
} from '../domain/messages';
import type { FirstUsePartName } from '../domain/firstUseParts';

export type WorkerLink = {
  post(message: PageMessage): void;
  /** The queue as the worker sees it; null when it does not answer in time. */
  queueState(timeoutMs?: number): Promise<QueueState | null>;
};

function delay(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

/**
 * The active service worker, or null where there is none (no support, not
 * installed yet, registration failed). It need not control this page: messages
 * reach the active worker either way, and answers come back by BroadcastChannel.
 */
export async function findWorker(timeoutMs = 3_000): Promise<WorkerLink | null> {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return null;
  const registration = await Promise.race([container.ready, delay(timeoutMs)]).catch(() => null);
  if (!registration?.active) return null;
  return {
    // Read `active` on every post: an update replaces the worker.
    post: (message) => registration.active?.postMessage(message),
    queueState: (wait = 5_000) => askQueueState(registration, wait),
  };
}

async function askQueueState(registration: ServiceWorkerRegistration, timeoutMs: number): Promise<QueueState | null> {
  const worker = registration.active;
  if (!worker) return null;
  const channel = new MessageChannel();
  const answer = new Promise<unknown>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<unknown>) => resolve(event.data);
  });
  const message: PageMessage = { type: 'queue-state' };
  worker.postMessage(message, [channel.port2]);
  const data = await Promise.race([answer, delay(timeoutMs)]);
  channel.port1.close();
  const parsed = queueStateSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Calls `listener` with every valid message the worker broadcasts; returns the way to stop. */
export function listenToWorker(listener: (message: WorkerMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(TICKET_STATUS_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = workerMessageSchema.safeParse(event.data);
    if (parsed.success) listener(parsed.data);
  };
  return () => channel.close();
}

/** This device uses a part the worker keeps out of its precache (kiosk mode, the barcode reader): it keeps that part's files. */
// Waits for a worker however long it takes to install (a first visit): the message must not be lost.
export function keepPart(part: FirstUsePartName): void {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return;
  const message: PageMessage = { type: 'cache-part', part };
  void container.ready.then((registration) => registration.active?.postMessage(message)).catch(() => undefined);
}
