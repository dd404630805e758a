// "Paste the message you got": warns first when the text looks like a scam, then names the verdict and shows its guide.
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { checkScam } from '../../domain/scam';
import { getVerdict, identifyVerdict } from '../../domain/verdicts';
import { Field } from '../components/Field';
import { useLang, useMessages } from '../i18n/core';
import { verdictMessages, verdictWords } from '../i18n/verdicts';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { ScamWarning } from './ScamWarning';
import { VerdictDetails } from './VerdictDetails';

type PasteMessageBoxProps = {
  /** Unique on the page, for the field's id. */
  id?: string;
};

export function PasteMessageBox({ id = 'pasted-message' }: PasteMessageBoxProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  const address = useAddress();
  // Kept in memory only: a pasted SMS can hold personal details, and nothing here needs it later.
  const [text, setText] = useState('');
  const pasted = text.trim() !== '';
  const scam = useMemo(() => checkScam(text), [text]);
  const verdictId = useMemo(() => identifyVerdict(text), [text]);
  const verdict = verdictId === null ? null : getVerdict(verdictId);

  return (
    <div class="paste-box">
      <Field id={id} label={t.pasteLabel} hint={t.pasteHint} value={text} onValue={setText} multiline rows={4} dir="auto" />
      {/* The warning comes before anything else, so nobody acts on a fake message's link first. */}
      <div role="alert">{pasted && scam.suspicious ? <ScamWarning check={scam} /> : null}</div>
      {/* A live region that stays put: its words change only when what is recognised changes. */}
      <div role="status">
        {pasted && verdict ? (
          <p>
            {t.identified(verdict.row)} <strong>{verdictWords[lang][verdict.id].title}</strong>
          </p>
        ) : pasted ? (
          <p class="notice notice-warning">{t.notOneOfEight}</p>
        ) : null}
      </div>
      {verdict ? (
        <section class="panel" aria-labelledby={`${id}-verdict`}>
          <h2 id={`${id}-verdict`}>{verdictWords[lang][verdict.id].title}</h2>
          <VerdictDetails verdict={verdict} level={3} />
          <p>
            <Link href={address(paths.verdict(verdict.id))}>{t.openOwnPage}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
