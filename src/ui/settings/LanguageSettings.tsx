// The language choice: Persian or English, as radio buttons; stored in settings and applied at once.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { updateSettings } from '../../data/settings';
import { LANGS, type Lang } from '../../domain/schemas';
import { useLang, useMessages } from '../i18n/core';
import { LANGUAGE_NAMES, settingsMessages } from '../i18n/settings';
import { navigate } from '../router';
import { paths, withQuery } from '../addresses';

export function LanguageSettings({ query }: { query: URLSearchParams }): JSX.Element {
  const t = useMessages(settingsMessages);
  const lang = useLang();
  // The choice shows at once; the stored setting catches up a moment later and then agrees.
  const [chosen, setChosen] = useState<Lang | null>(null);
  const shown = chosen ?? lang;
  useEffect(() => {
    if (chosen === lang) setChosen(null);
  }, [chosen, lang]);

  const choose = (next: Lang): void => {
    setChosen(next);
    // A failed write leaves the language as it was, and the buttons say so.
    void updateSettings({ lang: next }).catch(() => setChosen(null));
    // A ?lang= in the address outranks the setting: drop it, or the choice would not show.
    if (query.has('lang')) {
      const rest = new URLSearchParams(query);
      rest.delete('lang');
      const search = rest.toString();
      navigate(withQuery(paths.settings(), search), { replace: true });
    }
  };

  return (
    <fieldset>
      <legend>{t.languageLegend}</legend>
      {LANGS.map((option) => (
        <label key={option} class="checkbox">
          <input type="radio" name="lang" value={option} checked={shown === option} onChange={() => choose(option)} />
          <span lang={option}>{LANGUAGE_NAMES[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
