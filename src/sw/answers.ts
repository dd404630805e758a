// Final answers about tickets (sent, rejected, expired), kept in Cache Storage until a page has recorded them.
import { ticketUpdateSchema, type TicketUpdate } from '../domain/messages';
import type { AnswerStore } from './submissionQueue';

/**
 * When the intake answers while no page is open, the answer must wait for the
 * next page: a rejection's issues exist nowhere else. Cache Storage is a
 * durable key→value store the worker always has; the keys are never fetched.
 */
const CACHE_NAME = 'ticket-answers-v1';

function keyOf(ticketId: string, origin: string): string {
  return new URL(`/__ticket-answers/${encodeURIComponent(ticketId)}`, origin).href;
}

export function cacheAnswerStore(origin: string): AnswerStore {
  return {
    async put(update: TicketUpdate): Promise<void> {
      const cache = await caches.open(CACHE_NAME);
      await cache.put(
        keyOf(update.ticketId, origin),
        new Response(JSON.stringify(update), { headers: { 'Content-Type': 'application/json' } }),
      );
    },
    async list(): Promise<TicketUpdate[]> {
      const cache = await caches.open(CACHE_NAME);
      const answers: TicketUpdate[] = [];
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const parsed = ticketUpdateSchema.safeParse(await response?.json().catch(() => null));
        if (parsed.success) answers.push(parsed.data);
        else await cache.delete(request);
      }
      return answers;
    },
    async remove(ticketIds: string[]): Promise<void> {
      const cache = await caches.open(CACHE_NAME);
      await Promise.all(ticketIds.map((id) => cache.delete(keyOf(id, origin))));
    },
  };
}
