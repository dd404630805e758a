// "Record Hamta's answer": the layer-zero message pasted back, recognised as the verdict guide does, and recorded on the ticket.
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { recordHamtaAnswer } from '../../data/hamtaHandoff';
import { checkScam } from '../../domain/scam';
import type { Ticket } from '../../domain/schemas';
import { identifyVerdict, type VerdictId } from '../../domain/verdicts';
import { Field } from '../components/Field';
import { useLang, useMessages } from '../i18n/core';
import { hamtaMessages } from '../i18n/hamta';
import { verdictWords } from '../i18n/verdicts';
import { ScamWarning } from '../verdicts/ScamWarning';

type Outcome = { verdict: VerdictId; saved: boolean } | null;

function saveAnswer(ticketId: string, verdict: VerdictId, done: (outcome: Outcome) => void): void {
  recordHamtaAnswer(ticketId, verdict).then(
    () => done({ verdict, saved: true }),
    () => done({ verdict, saved: false }),
  );
}

export function RecordAnswer({ ticket }: { ticket: Ticket }): JSX.Element {
  const lang = useLang();
  const t = useMessages(hamtaMessages);
  // The pasted message stays in memory: only the verdict it names is kept, on the ticket.
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const pasted = text.trim() !== '';
  const scam = useMemo(() => checkScam(text), [text]);
  const verdict = useMemo(() => identifyVerdict(text), [text]);

  // A recognised answer is recorded as soon as it is pasted; one that looks like a scam waits for the user.
  useEffect(() => {
    if (verdict === null || scam.suspicious) return;
    saveAnswer(ticket.id, verdict, setOutcome);
  }, [verdict, scam.suspicious, ticket.id]);

  const recordedNow = outcome !== null && outcome.verdict === verdict;
  let message: JSX.Element | null = null;
  if (pasted && verdict === null) message = <p class="notice notice-warning">{t.notOneOfEight}</p>;
  else if (recordedNow && outcome.saved) message = <p class="notice notice-ok">{t.recorded(verdictWords[lang][outcome.verdict].title)}</p>;
  else if (recordedNow && !outcome.saved) message = <p class="notice notice-error">{t.recordFailed}</p>;

  return (
    <section class="panel" aria-labelledby="hamta-answer-title">
      <h2 id="hamta-answer-title">{t.answerTitle}</h2>
      <p>{t.step6}</p>
      <Field id="hamta-answer" label={t.recordLabel} hint={t.recordHint} value={text} onValue={setText} multiline rows={4} dir="auto" />
      <div role="alert">{pasted && scam.suspicious ? <ScamWarning check={scam} /> : null}</div>
      {pasted && verdict !== null && scam.suspicious && !recordedNow ? (
        <div class="actions">
          <button type="button" class="secondary" onClick={() => saveAnswer(ticket.id, verdict, setOutcome)}>
            {t.recordAnyway}
          </button>
        </div>
      ) : null}
      <div role="status">{message}</div>
    </section>
  );
}
