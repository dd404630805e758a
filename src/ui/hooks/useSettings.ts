// The settings record, live.
import { DEFAULT_SETTINGS, getSettings } from '../../data/settings';
import type { Settings } from '../../domain/schemas';
import { useLiveQuery } from './useLiveQuery';

/** Settings as stored; the defaults until the first read completes (loaded: false). */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const { data } = useLiveQuery(getSettings, '');
  return { settings: data ?? DEFAULT_SETTINGS, loaded: data !== undefined };
}
