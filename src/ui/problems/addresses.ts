// In-app addresses of the problem list, drafts and tickets, and links that keep the ?lang= a page was opened with.
import { isLang } from '../i18n/core';
import { useLocation } from '../router';

export const PROBLEMS_PATH = '/problems';

/** A function giving `path` with the current ?lang= kept, so a journey begun in English stays in English. */
export function useAddress(): (path: string) => string {
  const lang = useLocation().query.get('lang');
  return (path) => (isLang(lang) ? `${path}${path.includes('?') ? '&' : '?'}lang=${lang}` : path);
}

export function draftPath(id: string): string {
  return `${PROBLEMS_PATH}/drafts/${encodeURIComponent(id)}`;
}

export function ticketPath(id: string): string {
  return `${PROBLEMS_PATH}/tickets/${encodeURIComponent(id)}`;
}
