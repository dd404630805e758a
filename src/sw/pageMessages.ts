// What the worker does with each message a page sends it (src/domain/messages.ts). The queue model's tests run this
// same handler against a simulated browser (tests/unit/sw/queueWorld.ts).
import type { FirstUsePartName } from '../domain/firstUseParts';
import type { PageMessage } from '../domain/messages';
import type { SubmissionQueue } from './submissionQueue';

/** What a message may make the worker do, besides working its queue. */
export type WorkerActions = {
  submissions: SubmissionQueue;
  /** Asks the browser to wake the worker once the network is back (Background Sync, where the browser has it). */
  askForSync(): void;
  skipWaiting(): Promise<void>;
  /** Keeps the files of a part kept out of the precache (kiosk mode, the barcode reader). */
  cachePart(part: FirstUsePartName): Promise<void>;
};

/** Sends what is due (everything queued, when forced); when some of it could not go, asks to be woken later. */
export async function replayQueue(actions: WorkerActions, force: boolean): Promise<void> {
  if ((await actions.submissions.replay(force)) === 'failed') actions.askForSync();
}

export async function handlePageMessage(message: PageMessage, replyPort: MessagePort | undefined, actions: WorkerActions): Promise<void> {
  switch (message.type) {
    case 'SKIP_WAITING':
      await actions.skipWaiting();
      return;
    case 'enqueue':
      await actions.submissions.enqueue(message.submissions);
      // Offline, the sync brings the worker back when the network returns, even with no page open.
      actions.askForSync();
      await replayQueue(actions, true);
      return;
    case 'replay':
      await replayQueue(actions, message.force);
      return;
    case 'queue-state':
      replyPort?.postMessage(await actions.submissions.state());
      return;
    case 'forget':
      await actions.submissions.forget(message.answers);
      return;
    case 'cache-part':
      await actions.cachePart(message.part);
      return;
  }
}
