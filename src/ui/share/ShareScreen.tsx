// "Shared message" (/share, the share target's action): scam check first, then the verdict, the warning SMS, or neither.
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { walk } from '../../domain/otherProblems';
import { readSharedMessage, sharedText } from '../../domain/sharedMessage';
import { getVerdict } from '../../domain/verdicts';
import { HELP_ANSWERS_FOR_WARNING, type WarningSmsKind } from '../../domain/warningSms';
import { Field } from '../components/Field';
import { ProblemAnswer } from '../help/ProblemAnswer';
import { useLang, useMessages } from '../i18n/core';
import { sharedProblemWords, shareMessages, warningWords } from '../i18n/hamta';
import { verdictMessages, verdictWords } from '../i18n/verdicts';
import { paths, useAddress } from '../addresses';
import type { ScreenProps } from '../router';
import { Link, navigate } from '../router';
import { ScamWarning } from '../verdicts/ScamWarning';
import { VerdictDetails } from '../verdicts/VerdictDetails';
import { RecordOnTicket } from './RecordOnTicket';

export function ShareScreen({ query }: ScreenProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(shareMessages);
  const address = useAddress();
  // Read once from the address the system opened, then held in memory only: nothing shared is stored.
  const [shared] = useState(() => ({
    fromShare: query.has('text') || query.has('title'),
    raw: sharedText(query.get('title'), query.get('text')),
  }));
  const first = useMemo(() => readSharedMessage(shared.raw), [shared.raw]);
  const [text, setText] = useState(first.text);
  const message = useMemo(() => readSharedMessage(text), [text]);
  const edited = text !== first.text;
  const problems = edited ? message.problems.filter((problem) => problem !== 'empty') : shared.fromShare ? first.problems : [];
  const pasted = text.trim() !== '';

  // The shared text leaves the address bar (and so the history) once it is read.
  useEffect(() => {
    if (shared.fromShare) navigate(address(paths.share()), { replace: true });
    // Only once, for the address the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const recognised = message.recognised;
  return (
    <section aria-labelledby="share-title">
      <h1 id="share-title">{t.title}</h1>
      <p class="lead">{shared.fromShare ? t.intro : t.pasteIntro}</p>
      {problems.map((problem) => (
        <p key={problem} class="notice notice-warning">
          {sharedProblemWords(problem, lang)}
        </p>
      ))}
      {/* The scam check comes first, so nobody follows a fake message's link before reading the warning. */}
      <div role="alert">{pasted && message.scam.suspicious ? <ScamWarning check={message.scam} /> : null}</div>
      <div role="status">{pasted && recognised.kind === 'none' ? <p class="notice notice-warning">{t.noneOfThese}</p> : null}</div>
      {pasted && recognised.kind === 'verdict' ? <SharedVerdict verdict={recognised.verdict} /> : null}
      {pasted && recognised.kind === 'warning' ? <SharedWarning warning={recognised.warning} /> : null}
      <Field id="shared-text" label={t.boxLabel} hint={t.boxHint} value={text} onValue={setText} multiline rows={5} dir="auto" />
    </section>
  );
}

function SharedVerdict({ verdict }: { verdict: Parameters<typeof getVerdict>[0] }): JSX.Element {
  const lang = useLang();
  const words = useMessages(verdictMessages);
  const entry = getVerdict(verdict);
  return (
    <section class="panel" aria-labelledby="shared-verdict">
      <p>{words.identified(entry.row)}</p>
      <h2 id="shared-verdict">{verdictWords[lang][verdict].title}</h2>
      <RecordOnTicket verdict={verdict} />
      <VerdictDetails verdict={entry} level={3} />
    </section>
  );
}

function SharedWarning({ warning }: { warning: WarningSmsKind }): JSX.Element {
  const lang = useLang();
  const t = useMessages(shareMessages);
  const address = useAddress();
  const heading = useRef<HTMLHeadingElement>(null);
  const answers = HELP_ANSWERS_FOR_WARNING[warning];
  const result = walk(answers);
  const help = address(`/help?answers=${answers.join('.')}`);
  return (
    <section aria-label={t.warningFound}>
      <p class="notice notice-warning">
        {t.warningFound} {warningWords(warning, lang)}
      </p>
      {result.route ? (
        <ProblemAnswer route={result.route} headingRef={heading} />
      ) : (
        <p>
          {t.oneQuestion} <Link href={help}>{t.openAnswer}</Link>
        </p>
      )}
      {result.route ? (
        <p>
          <Link href={help}>{t.openAnswer}</Link>
        </p>
      ) : null}
    </section>
  );
}
