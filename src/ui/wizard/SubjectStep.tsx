// Step 1: the problem subject, as Hamta lists it, and who may file.
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';

export function SubjectStep(): JSX.Element {
  const t = useMessages(wizardMessages);
  const address = useAddress();
  return (
    <>
      <fieldset>
        <legend>{t.subjectLegend}</legend>
        <label class="checkbox">
          {/* The one subject this app files; Hamta's form asks for it, so it is shown chosen. */}
          <input type="radio" name="subject" value="imei-mismatch" checked readOnly aria-describedby="subject-hint" />
          <span>{t.subjectImei}</span>
        </label>
        <p id="subject-hint" class="field-hint">
          {t.subjectHint}
        </p>
      </fieldset>
      <div class="notice">
        <h3>{t.whoTitle}</h3>
        <p>{t.whoText}</p>
      </div>
      <h3>{t.otherSubjectsTitle}</h3>
      <p>{t.otherSubjectsText}</p>
      <ul>
        <li>{t.otherOwnership}</li>
        <li>{t.otherAddDevice}</li>
        <li>{t.otherRepair}</li>
        <li>{t.otherTraveller}</li>
      </ul>
      <p>
        <Link href={address(paths.help())}>{t.otherHelp}</Link>
      </p>
    </>
  );
}
