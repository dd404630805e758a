// A quiet indicator of whether the draft is stored on the device yet.
import type { JSX } from 'preact';
import type { AutosaveState } from '../../data/autosave';
import { useMessages } from '../i18n/core';
import { wizardMessages } from '../i18n/wizard';

export function SaveState({ state }: { state: AutosaveState }): JSX.Element {
  const t = useMessages(wizardMessages);
  if (state === 'error') {
    return (
      <p class="save-state notice notice-error" role="alert">
        {t.saveError}
      </p>
    );
  }
  const words = { saved: t.saved, saving: t.saving, unsaved: t.unsaved }[state];
  // Not a live region: announcing "Saving…" on every keystroke would drown what the user types.
  return (
    <p class="save-state muted" data-state={state}>
      {state === 'saved' ? <span aria-hidden="true">✓ </span> : null}
      <span>{words}</span>
    </p>
  );
}
