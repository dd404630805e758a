// An IMEI with the digits that differ from the one it should be marked, as the review and the ticket page show it.
import type { JSX } from 'preact';
import { localDigits, useLang } from '../i18n/core';

type ImeiDiffProps = {
  imei: string;
  /** 1-based positions of the digits to mark. */
  positions?: readonly number[];
};

export function ImeiDiff({ imei, positions = [] }: ImeiDiffProps): JSX.Element {
  const lang = useLang();
  if (positions.length === 0) return <span class="imei">{localDigits(imei, lang)}</span>;
  const marked = new Set(positions);
  // Runs of unmarked and marked digits, so a screen reader reads the number, not fifteen fragments.
  const runs: { text: string; diff: boolean }[] = [];
  [...imei].forEach((digit, index) => {
    const diff = marked.has(index + 1);
    const last = runs[runs.length - 1];
    if (last && last.diff === diff) last.text += digit;
    else runs.push({ text: digit, diff });
  });
  return (
    <span class="imei">
      {runs.map((run, index) =>
        run.diff ? (
          <mark key={index} class="diff">
            {localDigits(run.text, lang)}
          </mark>
        ) : (
          <span key={index}>{localDigits(run.text, lang)}</span>
        ),
      )}
    </span>
  );
}
