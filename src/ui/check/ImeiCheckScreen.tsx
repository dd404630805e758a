// The IMEI self-check (/check): paste IMEIs or a whole *#06# screen; no account, nothing stored.
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { ScreenProps } from '../router';
import { Field } from '../components/Field';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { checkMessages } from '../i18n/check';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { CheckedImei } from './CheckedImei';
import { PairCheck } from './PairCheck';
import { selfCheck } from './selfCheck';

/** 15 characters: short of a whole IMEI, "no IMEI here" would only nag someone still typing one. */
const NAG_AFTER_CHARS = 15;

export function ImeiCheckScreen(_props: ScreenProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(checkMessages);
  const address = useAddress();
  // Held in this component's state only: never written to storage, the address or anywhere else.
  const [text, setText] = useState('');
  const [left, setLeft] = useState(false);
  const result = useMemo(() => selfCheck(text), [text]);
  const typed = text.trim() !== '';
  const nothingFound = typed && result.imeis.length === 0 && result.meids.length === 0;
  const error = nothingFound && (left || text.trim().length >= NAG_AFTER_CHARS) ? t.noneFound : null;

  return (
    <section aria-labelledby="imei-check-title">
      <h1 id="imei-check-title">{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <Field
        id="imeis-to-check"
        label={t.label}
        hint={`${t.hint} ${t.notStored}`}
        value={text}
        onValue={setText}
        onBlur={() => setLeft(true)}
        error={error}
        multiline
        rows={5}
        dir="ltr"
      />
      <p role="status">{typed && result.imeis.length > 0 ? t.found(result.imeis.length) : ''}</p>
      {result.truncated ? <p class="notice notice-warning">{t.truncated}</p> : null}
      {result.imeis.length > 0 ? (
        <section aria-labelledby="imei-check-results">
          <h2 id="imei-check-results">{t.resultsTitle}</h2>
          <ol class="list">
            {result.imeis.map((entry, index) => (
              <CheckedImei key={`${entry.line}-${entry.raw}-${index}`} entry={entry} index={index} />
            ))}
          </ol>
        </section>
      ) : null}
      {result.pairing ? <PairCheck pairing={result.pairing} firstOnly={result.pairedFirstOnly} /> : null}
      {result.meids.length > 0 ? (
        <section aria-labelledby="imei-check-meids">
          <h2 id="imei-check-meids">{t.meidTitle}</h2>
          <p>
            {result.meids.map((meid) => (
              <span key={meid} class="imei">
                {localDigits(meid, lang)}{' '}
              </span>
            ))}
          </p>
          <p class="muted">{t.meidNote}</p>
        </section>
      ) : null}
      <h2>{t.nextTitle}</h2>
      <ul>
        <li>
          <Link href={address(paths.problems())}>{t.nextTicket}</Link>
        </li>
        <li>
          <Link href={address(paths.help())}>{t.nextHelp}</Link>
        </li>
      </ul>
    </section>
  );
}
