// When the service worker's queue tries next: for the kiosk's staff screen.
import { findWorker } from './workerChannel';

/** The worker's next attempt (ISO), or null when nothing waits, the worker is busy now, or no worker answers. */
export async function nextQueueAttempt(): Promise<string | null> {
  const link = await findWorker(1_000);
  const state = await link?.queueState(2_000);
  return state?.nextAttemptAt ?? null;
}
