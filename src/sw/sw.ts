// The service worker: precaches the app shell, serves navigations offline, and delivers queued tickets.
/// <reference lib="webworker" />
import { Queue } from 'workbox-background-sync';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { pageMessageSchema, TICKET_STATUS_CHANNEL, type PageMessage } from '../domain/messages';
import { attemptDelivery, submissionRequest, ticketsUrl } from '../domain/delivery';
import { cacheAnswerStore } from './answers';
import { cachePart, pruneUsedParts, refreshUsedParts, splitManifest, type ManifestEntry } from './firstUse';
import { FIRST_USE_PARTS } from './runtimeCaches';
import { createSubmissionQueue, type SubmissionQueue } from './submissionQueue';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };

const TICKETS_URL = ticketsUrl(import.meta.env.VITE_INTAKE_URL || '/api', self.location.href);
/** Workbox must never expire an entry itself (it would do so silently); the queue applies its own 7 days. */
const NEVER_EXPIRE_MINUTES = 10 * 365 * 24 * 60;

// ---- Routes ---------------------------------------------------------------------

const manifest = splitManifest(self.__WB_MANIFEST, self.location.href);
precacheAndRoute(manifest.everyone);
cleanupOutdatedCaches();

// Every in-app address (a verdict's deep link, a draft) opens from the cached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

// The parts used by few (the barcode reader, kiosk mode): cached on first use, each in its own cache.
for (const part of FIRST_USE_PARTS) {
  registerRoute(({ url, sameOrigin }) => sameOrigin && part.matches(url.pathname), new CacheFirst({ cacheName: part.name }));
}

// ---- The submission queue ---------------------------------------------------------

const statusChannel = new BroadcastChannel(TICKET_STATUS_CHANNEL);
let submissions: SubmissionQueue | null = null;

const queue = new Queue('tickets', { maxRetentionTime: NEVER_EXPIRE_MINUTES, onSync: replayOnSync });

submissions = createSubmissionQueue({
  store: queue,
  answers: cacheAnswerStore(self.location.origin),
  request: (submission) => submissionRequest(TICKETS_URL, submission),
  deliver: (request, ticketId) => attemptDelivery(request, ticketId),
  announce: (update) => statusChannel.postMessage(update),
  later: (ms, wake) => setTimeout(wake, ms),
});

// On start, as Firefox and Safari (no Background Sync) need, and as Chromium does not do by itself.
void submissions.replay(true);

async function replayOnSync(): Promise<void> {
  // Without Background Sync the Queue calls this from its constructor, before `submissions`
  // exists; the start-up replay above covers that case.
  if (!submissions) return;
  // Throwing tells the browser the sync failed, so it schedules another.
  if ((await submissions.replay(true)) === 'failed') throw new Error('Tickets are waiting for the intake');
}

// ---- Lifecycle and messages -------------------------------------------------------

self.addEventListener('install', (event) => {
  event.waitUntil(refreshUsedParts(manifest.firstUse));
});

self.addEventListener('activate', (event) => {
  // The first page must be controlled, so it works offline without a reload.
  event.waitUntil(Promise.all([self.clients.claim(), pruneUsedParts(manifest.firstUse)]));
});

self.addEventListener('message', (event) => {
  const parsed = pageMessageSchema.safeParse(event.data);
  if (parsed.success) event.waitUntil(handleMessage(parsed.data, event.ports[0]));
});

async function handleMessage(message: PageMessage, replyPort: MessagePort | undefined): Promise<void> {
  if (!submissions) return;
  switch (message.type) {
    case 'SKIP_WAITING':
      await self.skipWaiting();
      return;
    case 'enqueue':
      await submissions.enqueue(message.submissions);
      await submissions.replay(true);
      return;
    case 'replay':
      await submissions.replay(message.force);
      return;
    case 'queue-state':
      replyPort?.postMessage(await submissions.state());
      return;
    case 'forget':
      await submissions.forget(message.answers);
      return;
    case 'cache-part':
      await cachePart(message.part, manifest.firstUse);
      return;
  }
}
