// The plain warning that a pasted message is not from Hamta, with the reasons it shows and its foreign links.
import type { JSX } from 'preact';
import type { ScamCheck } from '../../domain/scam';
import { useLang, useMessages } from '../i18n/core';
import { scamReasonWords, verdictMessages } from '../i18n/verdicts';

export function ScamWarning({ check }: { check: ScamCheck }): JSX.Element {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  return (
    <div class="notice notice-error scam-warning">
      <p>
        <strong>{t.scamTitle}</strong>
      </p>
      <p>{t.scamIntro}</p>
      <ul>
        {check.reasons.map((reason) => (
          <li key={reason}>{scamReasonWords[lang][reason]}</li>
        ))}
      </ul>
      {check.foreignLinks.length > 0 ? (
        <>
          <p>{t.scamLinks}</p>
          <ul>
            {check.foreignLinks.map((link) => (
              // Shown as text, never as a link: nobody should be one tap away from it.
              <li key={link}>
                <span class="scam-link" dir="ltr">
                  {link}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t.scamAdvice}</p>
    </div>
  );
}
