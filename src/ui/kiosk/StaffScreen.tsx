// The kiosk's staff screen, behind the PIN: today's counts, the queue's health, the idle time, storage. No customer's data.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lastQueueProblem, todaysTicketCounts } from '../../data/kioskReport';
import { setKioskIdleSeconds } from '../../data/kioskPin';
import { refreshStorageEstimate, storageHealth } from '../../data/storage';
import { TALLY_STATES } from '../../domain/kioskTally';
import type { KioskSettings } from '../../domain/schemas';
import { VERDICT_IDS } from '../../domain/verdicts';
import { syncNow } from '../../sync/appOutbox';
import { nextQueueAttempt } from '../../sync/queueHealth';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useStore } from '../hooks/useStore';
import { formatDateTime, formatNumber, useLang, useMessages } from '../i18n/core';
import { kioskMessages } from '../i18n/kiosk';
import { kioskStaffMessages } from '../i18n/kioskStaff';
import { historyDetail, statusWord } from '../i18n/tickets';
import { verdictWords } from '../i18n/verdicts';
import { useWaitingCount } from '../hooks/useSyncStatus';

export const IDLE_MINUTES = [1, 2, 3, 5, 10];

export function StaffScreen({ kiosk, onClose }: { kiosk: KioskSettings; onClose: () => void }): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  return (
    <section class="panel staff-screen" aria-labelledby="staff-title">
      <h2 id="staff-title">{t.staffTitle}</h2>
      <p>{t.staffIntro}</p>
      <TodayCounts />
      <QueueHealth />
      <IdleTime kiosk={kiosk} />
      <StorageState />
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </section>
  );
}

function TodayCounts(): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  const lang = useLang();
  const counts = useLiveQuery(() => todaysTicketCounts(), '').data;
  const reviewed = VERDICT_IDS.filter((verdict) => (counts?.byVerdict[verdict] ?? 0) > 0);
  return (
    <div class="staff-part">
      <h3>{t.todayTitle}</h3>
      <dl class="staff-counts">
        {TALLY_STATES.map((state) => (
          <div key={state}>
            <dt>{statusWord(state, lang)}</dt>
            <dd>{formatNumber(counts?.byState[state] ?? 0, lang)}</dd>
          </div>
        ))}
      </dl>
      <h4>{t.reviewedBy}</h4>
      {reviewed.length === 0 ? (
        <p>{t.noneReviewed}</p>
      ) : (
        <dl class="staff-counts">
          {reviewed.map((verdict) => (
            <div key={verdict}>
              <dt>{verdictWords[lang][verdict].title}</dt>
              <dd>{formatNumber(counts?.byVerdict[verdict] ?? 0, lang)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

function QueueHealth(): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  const lang = useLang();
  const waiting = useWaitingCount();
  const problem = useLiveQuery(lastQueueProblem, '').data ?? null;
  const [nextAttempt, setNextAttempt] = useState<string | null>(null);
  const [retried, setRetried] = useState(false);

  useEffect(() => {
    let live = true;
    void nextQueueAttempt().then((at) => {
      if (live) setNextAttempt(at);
    });
    return () => {
      live = false;
    };
  }, [waiting, retried]);

  const retry = async (): Promise<void> => {
    await syncNow();
    setRetried(true);
  };

  return (
    <div class="staff-part">
      <h3>{t.queueTitle}</h3>
      <dl class="staff-counts">
        <div>
          <dt>{t.waiting}</dt>
          <dd>{formatNumber(waiting, lang)}</dd>
        </div>
        <div>
          <dt>{t.nextAttempt}</dt>
          <dd>{waiting > 0 && nextAttempt ? <time dateTime={nextAttempt}>{formatDateTime(nextAttempt, lang)}</time> : t.none}</dd>
        </div>
        <div>
          <dt>{t.lastError}</dt>
          <dd>
            {problem ? (
              <>
                {historyDetail(problem.detail, lang)} (<time dateTime={problem.at}>{formatDateTime(problem.at, lang)}</time>)
              </>
            ) : (
              t.none
            )}
          </dd>
        </div>
      </dl>
      <div class="actions">
        <button type="button" onClick={() => void retry()}>
          {t.retryNow}
        </button>
        <span role="status">{retried ? t.retried : ''}</span>
      </div>
    </div>
  );
}

function IdleTime({ kiosk }: { kiosk: KioskSettings }): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  const common = useMessages(kioskMessages);
  const lang = useLang();
  const current = Math.round(kiosk.idleSeconds / 60);
  const choices = IDLE_MINUTES.includes(current) ? IDLE_MINUTES : [...IDLE_MINUTES, current].sort((a, b) => a - b);
  const [minutes, setMinutes] = useState(current);
  const [saved, setSaved] = useState(false);
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    await setKioskIdleSeconds(minutes * 60);
    setSaved(true);
  };
  return (
    <form class="staff-part" onSubmit={(event) => void save(event)}>
      <h3>{t.idleTitle}</h3>
      <div class="field">
        <label for="staff-idle">{common.idleMinutes}</label>
        <select
          id="staff-idle"
          value={String(minutes)}
          onChange={(event) => {
            setMinutes(Number(event.currentTarget.value));
            setSaved(false);
          }}
        >
          {choices.map((value) => (
            <option key={value} value={String(value)}>
              {formatNumber(value, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit">{t.saveIdle}</button>
        <span role="status">{saved ? t.idleSaved : ''}</span>
      </div>
    </form>
  );
}

function StorageState(): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  const health = useStore(storageHealth);
  useEffect(() => {
    void refreshStorageEstimate();
  }, []);
  let words = t.persistenceUnknown;
  if (health.mode === 'memory') words = t.inMemory;
  else if (health.persisted === true) words = t.persistent;
  else if (health.persisted === false) words = t.notPersistent;
  return (
    <div class="staff-part">
      <h3>{t.storageTitle}</h3>
      <p>{words}</p>
    </div>
  );
}
