// The worker's queue store in IndexedDB: first in first out, survives a restart, reads only what its schema accepts, adopts Workbox's tickets.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { submissionRequest, type Attempt } from '@/domain/delivery';
import type { TicketSubmission } from '@/domain/schemas';
import { createQueueStore, WORKBOX_DB } from '@/sw/queueStore';
import { createSubmissionQueue, type StoredEntry } from '@/sw/submissionQueue';
import { submission } from './submissions';

const TICKETS_URL = 'https://app.test/api/tickets';

function entry(ticket: TicketSubmission, attempts = 0): StoredEntry {
  return { request: submissionRequest(TICKETS_URL, ticket), timestamp: 1_000, metadata: { ticketId: ticket.id, attempts } };
}

async function idsOf(entries: Array<StoredEntry | undefined>): Promise<string[]> {
  return entries.map((stored) => stored?.metadata.ticketId ?? 'none');
}

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error);
  });
}

/** Workbox's database as workbox-background-sync 7 leaves it (lib/QueueDb.js, QueueStore.js, StorableRequest.js). */
async function workboxDatabase(rows: Array<Record<string, unknown>>): Promise<void> {
  const opening = indexedDB.open(WORKBOX_DB, 3);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore('requests', { autoIncrement: true, keyPath: 'id' });
    store.createIndex('queueName', 'queueName', { unique: false });
  };
  const db = await request(opening);
  const adding = db.transaction('requests', 'readwrite');
  for (const row of rows) adding.objectStore('requests').add(row);
  await new Promise((resolve) => (adding.oncomplete = resolve));
  db.close();
}

async function workboxRows(): Promise<Array<{ queueName: string }>> {
  const db = await request(indexedDB.open(WORKBOX_DB));
  const rows = (await request(db.transaction('requests').objectStore('requests').getAll())) as Array<{ queueName: string }>;
  db.close();
  return rows;
}

async function workboxRow(ticket: TicketSubmission, attempts: number): Promise<Record<string, unknown>> {
  const stored = submissionRequest(TICKETS_URL, ticket);
  return {
    queueName: 'tickets',
    timestamp: 2_000,
    metadata: { ticketId: ticket.id, attempts, detail: 'http-503' },
    requestData: {
      url: stored.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': ticket.id },
      body: await stored.arrayBuffer(),
      mode: 'cors',
      credentials: 'same-origin',
      redirect: 'follow',
    },
  };
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('queue store', () => {
  it('hands entries out first in first out, puts one back in front, and keeps them across a restart', async () => {
    const [a, b, c] = [submission(undefined, 'دو سیم‌کارت'), submission(undefined, 'دو سیم‌کارت'), submission(undefined, 'دو سیم‌کارت')];
    const store = createQueueStore();
    await store.pushRequest(entry(a));
    await store.pushRequest(entry(b));
    await store.pushRequest(entry(c));
    const first = await store.shiftRequest();
    expect(first?.metadata).toEqual({ ticketId: a.id, attempts: 0 });
    await store.unshiftRequest({ ...entry(a, 1), metadata: { ticketId: a.id, attempts: 1, detail: 'timeout' } });

    const restarted = createQueueStore();
    expect(await idsOf(await restarted.getAll())).toEqual([a.id, b.id, c.id]);
    const again = await restarted.shiftRequest();
    expect(again?.metadata).toEqual({ ticketId: a.id, attempts: 1, detail: 'timeout' });
    expect(again?.timestamp).toBe(1_000);
    // The POST comes back as it went in: method, headers, body.
    expect(again?.request.method).toBe('POST');
    expect(again?.request.headers.get('Idempotency-Key')).toBe(a.id);
    expect(await again?.request.json()).toEqual(a);
    expect(await idsOf([await restarted.shiftRequest(), await restarted.shiftRequest(), await restarted.shiftRequest()])).toEqual([
      b.id,
      c.id,
      'none',
    ]);
  });

  it('drops, with a warning, a stored entry its schema does not accept, and hands out the next', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ticket = submission(undefined, 'دو سیم‌کارت');
    const store = createQueueStore();
    await store.pushRequest(entry(ticket));
    const db = await request(indexedDB.open('ticket-queue'));
    const writing = db.transaction('entries', 'readwrite');
    writing.objectStore('entries').add({ id: -5, url: TICKETS_URL, headers: 'broken', body: '', timestamp: 0 });
    await new Promise((resolve) => (writing.oncomplete = resolve));
    db.close();
    expect(await idsOf(await store.getAll())).toEqual([ticket.id]);
    expect((await store.shiftRequest())?.metadata.ticketId).toBe(ticket.id);
    expect(await store.shiftRequest()).toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });
});

describe('tickets a Workbox build left waiting', () => {
  it('move into the store once, in order, and leave Workbox’s database', async () => {
    const [a, b] = [submission(undefined, 'دو سیم‌کارت'), submission(undefined, 'دو سیم‌کارت')];
    const other = { queueName: 'other', timestamp: 1, requestData: { url: 'https://app.test/x', headers: {} } };
    await workboxDatabase([await workboxRow(a, 3), other, await workboxRow(b, 0)]);

    const store = createQueueStore();
    const moved = await store.getAll();
    expect(await idsOf(moved)).toEqual([a.id, b.id]);
    expect(moved[0]?.metadata).toEqual({ ticketId: a.id, attempts: 3, detail: 'http-503' });
    expect(moved[0]?.timestamp).toBe(2_000);
    expect(await moved[0]?.request.json()).toEqual(a);
    expect(moved[0]?.request.headers.get('Idempotency-Key')).toBe(a.id);
    expect((await workboxRows()).map((row) => row.queueName)).toEqual(['other']);

    // A second start finds nothing more to move: no ticket twice.
    expect(await idsOf(await createQueueStore().getAll())).toEqual([a.id, b.id]);
  });

  it('are delivered by the queue after the update, each once', async () => {
    const [a, b] = [submission(undefined, 'دو سیم‌کارت'), submission(undefined, 'دو سیم‌کارت')];
    await workboxDatabase([await workboxRow(a, 1), await workboxRow(b, 0)]);
    const posted: string[] = [];
    const queue = createSubmissionQueue({
      store: createQueueStore(),
      answers: { put: async () => undefined, list: async () => [], remove: async () => undefined },
      request: (ticket) => submissionRequest(TICKETS_URL, ticket),
      deliver: async (sent, ticketId): Promise<Attempt> => {
        expect(sent.headers.get('Idempotency-Key')).toBe(ticketId);
        expect(((await sent.clone().json()) as TicketSubmission).id).toBe(ticketId);
        posted.push(ticketId);
        return { result: { kind: 'delivered', receivedAt: '2025-01-01T10:00:01.000Z' }, demoIntake: true };
      },
      announce: () => undefined,
      later: () => undefined,
      now: () => 3_000,
    });
    expect((await queue.state()).waiting.map((waiting) => [waiting.ticketId, waiting.attempts])).toEqual([
      [a.id, 1],
      [b.id, 0],
    ]);
    expect(await queue.replay(true)).toBe('done');
    expect(posted).toEqual([a.id, b.id]);
    expect(await createQueueStore().getAll()).toEqual([]);
  });

  it('opening finds no Workbox database where there was none, and creates none', async () => {
    await createQueueStore().getAll();
    expect((await indexedDB.databases()).map((info) => info.name)).toEqual(['ticket-queue']);
  });
});
