// The app's one outbox, wired to the browser: its service worker, the page's events, its clock and the intake.
import { createOutbox, type Outbox } from './outbox';
import { probeIntake } from './intakeTarget';
import { createPageSender } from './pageSender';
import { createReviewPoller } from './reviews';
import { findWorker, listenToWorker } from './workerChannel';

/** The events after which the page may have been away: back online, shown again, visible, a new worker in charge. */
function watchPage(onComeBack: () => void): () => void {
  const onVisible = (): void => {
    if (globalThis.document?.visibilityState === 'visible') onComeBack();
  };
  globalThis.addEventListener?.('online', onComeBack);
  globalThis.addEventListener?.('pageshow', onComeBack);
  globalThis.document?.addEventListener('visibilitychange', onVisible);
  globalThis.navigator?.serviceWorker?.addEventListener('controllerchange', onComeBack);
  return () => {
    globalThis.removeEventListener?.('online', onComeBack);
    globalThis.removeEventListener?.('pageshow', onComeBack);
    globalThis.document?.removeEventListener('visibilitychange', onVisible);
    globalThis.navigator?.serviceWorker?.removeEventListener('controllerchange', onComeBack);
  };
}

export const appOutbox: Outbox = createOutbox({
  findWorker: () => findWorker(),
  listenToWorker,
  pageSender: createPageSender(),
  reviews: createReviewPoller(),
  probeIntake: () => probeIntake(),
  watchPage,
  isOnline: () => globalThis.navigator?.onLine !== false,
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
  after(ms, wake) {
    setTimeout(wake, ms);
  },
  reportError: (error) => console.error('Ticket sync failed', error),
});

/** The screens' ways to send: see Outbox in ./outbox. */
export const sendTicket = (ticketId: string): Promise<void> => appOutbox.sendTicket(ticketId);
export const resendTicket = (ticketId: string): Promise<void> => appOutbox.resendTicket(ticketId);
