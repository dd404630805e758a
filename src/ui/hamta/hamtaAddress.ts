// In-app addresses of the Hamta hand-off and the share target's screen.
import { ticketPath } from '../problems/addresses';

/** The share target's action (the manifest's share_target points here). */
export const SHARE_PATH = '/share';

/** "File on Hamta" for one ticket. */
export function hamtaPath(ticketId: string): string {
  return `${ticketPath(ticketId)}/hamta`;
}
