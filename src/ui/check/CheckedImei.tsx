// One IMEI found by the self-check: valid or not and why, the likely fix, the model code (TAC).
import type { JSX } from 'preact';
import type { ExtractedImei } from '../../domain/imeiText';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { checkMessages } from '../i18n/check';
import { imeiMessages, imeiProblemText, imeiWarningText } from '../i18n/imei';
import { ImeiDiff } from '../components/ImeiDiff';
import { changedPositions, typedDigits } from './selfCheck';

type CheckedImeiProps = { entry: ExtractedImei; index: number };

export function CheckedImei({ entry, index }: CheckedImeiProps): JSX.Element {
  const lang = useLang();
  const t = useMessages(checkMessages);
  const imeiT = useMessages(imeiMessages);
  const { parsed } = entry;
  const headingId = `checked-imei-${index}`;
  return (
    <li>
      <h3 id={headingId}>
        {t.imeiNumber(index + 1)}{' '}
        <span class={parsed.ok ? 'badge status-sent' : 'badge status-needs-changes'}>{parsed.ok ? t.valid : t.invalid}</span>
      </h3>
      <p>
        <span class="imei">{localDigits(parsed.ok ? parsed.imei : typedDigits(entry.raw), lang)}</span>
      </p>
      {entry.label ? <p class="muted">{t.labelled(entry.label)}</p> : null}
      {parsed.ok ? (
        <dl class="checked-imei-facts">
          <dt>{t.tac}</dt>
          <dd>
            <span class="imei">{localDigits(parsed.tac, lang)}</span>
          </dd>
          {parsed.svn !== undefined ? (
            <>
              <dt>{t.svn}</dt>
              <dd>
                <span class="imei">{localDigits(parsed.svn, lang)}</span>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p class="field-error">{imeiProblemText(imeiT, parsed)}</p>
      )}
      {!parsed.ok && parsed.suggestion ? (
        <div class="notice">
          <p>
            {t.fix} <ImeiDiff imei={parsed.suggestion} positions={changedPositions(typedDigits(entry.raw), parsed.suggestion)} />
          </p>
          <p class="muted">{t.fixNote}</p>
        </div>
      ) : null}
      {parsed.ok
        ? parsed.warnings.map((warning) => (
            <p key={warning} class="notice notice-warning">
              {imeiWarningText(imeiT, warning)}
            </p>
          ))
        : null}
    </li>
  );
}
