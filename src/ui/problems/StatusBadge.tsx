// A ticket's (or draft's) status as a coloured word.
import type { JSX } from 'preact';
import { useLang } from '../i18n/core';
import { statusWord, type ShownStatus } from '../i18n/tickets';

export function StatusBadge({ status }: { status: ShownStatus }): JSX.Element {
  const lang = useLang();
  return <span class={`badge status-${status}`}>{statusWord(status, lang)}</span>;
}
