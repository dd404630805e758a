// Step 2: the guide to read before entering anything, in the order Hamta's own guide gives it.
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';

export function GuideStep(): JSX.Element {
  const t = useMessages(wizardMessages);
  return (
    <>
      <ol>
        <li>{t.guideDial}</li>
        <li>{t.guideHamta}</li>
        <li>
          <strong>{t.guideBoth}</strong>
        </li>
        <li>{t.guideSim}</li>
        <li>{t.guideDescribe}</li>
      </ol>
      <p class="notice">{t.guideOffline}</p>
    </>
  );
}
