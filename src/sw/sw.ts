// The service worker: precaches the app shell, serves navigations offline, and delivers queued tickets.
/// <reference lib="webworker" />
import { pageMessageSchema, TICKET_STATUS_CHANNEL } from '../domain/messages';
import { attemptDelivery, submissionRequest, ticketsUrl } from '../domain/delivery';
import { cacheAnswerStore } from './answers';
import { cachePart, partResponse, pruneUsedParts, refreshUsedParts, splitManifest } from './firstUse';
import { activatePrecache, cachedFiles, installPrecache, precachedResponse, type ManifestEntry } from './precache';
import { createQueueStore } from './queueStore';
import { handlePageMessage, replayQueue, type WorkerActions } from './pageMessages';
import { createSubmissionQueue } from './submissionQueue';

/** Background Sync (Chromium only), which TypeScript's WebWorker library does not describe. */
type SyncEvent = ExtendableEvent & { readonly tag: string };
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: ManifestEntry[];
  registration: { sync?: { register(tag: string): Promise<void> } };
  addEventListener(type: 'sync', listener: (event: SyncEvent) => void): void;
};

const TICKETS_URL = ticketsUrl(import.meta.env.VITE_INTAKE_URL || '/api', self.location.href);
/** The tag Workbox's queue used: a sync a device registered before updating still reaches this worker. */
const SYNC_TAG = 'workbox-background-sync:tickets';

// ---- Routes ---------------------------------------------------------------------

const manifest = splitManifest(self.__WB_MANIFEST, self.location.href);
const shell = cachedFiles(manifest.everyone, self.location.href);
const shellKeys = new Map(shell.map((file) => [file.url, file.key]));
const indexKey = shellKeys.get(new URL('index.html', self.location.href).href);

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The precache and every in-app address first, then the parts used by few (each cached on first use, in its own cache).
  const response = precachedResponse(request, shellKeys, indexKey) ?? partResponse(request, (writing) => event.waitUntil(writing));
  if (response) event.respondWith(response);
});

// ---- The submission queue ---------------------------------------------------------

const statusChannel = new BroadcastChannel(TICKET_STATUS_CHANNEL);

const submissions = createSubmissionQueue({
  store: createQueueStore(),
  answers: cacheAnswerStore(self.location.origin),
  request: (submission) => submissionRequest(TICKETS_URL, submission),
  deliver: (request, ticketId) => attemptDelivery(request, ticketId),
  announce: (update) => statusChannel.postMessage(update),
  later: (ms, wake) => setTimeout(wake, ms),
});

/** Sync events running: a sync asked for while one runs would fire again at once, without the browser's back-off. */
let syncing = 0;

/** Not while a sync event runs (see `syncing`); where the browser has no Background Sync, nothing to ask. */
function askForSync(): void {
  if (syncing === 0) self.registration.sync?.register(SYNC_TAG).catch(() => undefined);
}

const actions: WorkerActions = {
  submissions,
  askForSync,
  skipWaiting: () => self.skipWaiting(),
  cachePart: (part) => cachePart(part, manifest.firstUse),
};

// On start, as Firefox and Safari (no Background Sync) need, and as Chromium does not do by itself.
void replayQueue(actions, true);

self.addEventListener('sync', (event) => {
  if (event.tag !== SYNC_TAG) return;
  syncing += 1;
  event.waitUntil(
    (async () => {
      // Rejecting tells the browser the sync failed, so it schedules another.
      if ((await submissions.replay(true)) === 'failed') throw new Error('Tickets are waiting for the intake');
    })().finally(() => (syncing -= 1)),
  );
});

// ---- Lifecycle and messages -------------------------------------------------------

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([installPrecache(shell), refreshUsedParts(manifest.firstUse)]));
});

self.addEventListener('activate', (event) => {
  // The first page must be controlled, so it works offline without a reload.
  event.waitUntil(Promise.all([self.clients.claim(), activatePrecache(shell), pruneUsedParts(manifest.firstUse)]));
});

self.addEventListener('message', (event) => {
  const parsed = pageMessageSchema.safeParse(event.data);
  if (parsed.success) event.waitUntil(handlePageMessage(parsed.data, event.ports[0], actions));
});
