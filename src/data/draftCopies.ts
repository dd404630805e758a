// The drafts' crash copies (src/data/recordCopies.ts), in the folder `draft-copies`.
import { ticketDraftSchema, type TicketDraft } from '../domain/schemas';
import { recordCopies } from './recordCopies';
import { getDb } from './storage';

export type { CopyFolder } from './recordCopies';

export const draftCopies = recordCopies<TicketDraft>({
  folder: 'draft-copies',
  schema: ticketDraftSchema,
  table: () => getDb().drafts,
  recoveredAs: 'recoveredDrafts',
});

/** Keeps a copy of this draft as stored; resolves once it (or a newer one) is written, or could not be. Never rejects. */
export const copyDraft = draftCopies.copy;
/** Removes a draft's copy (submitted, deleted). */
export const dropDraftCopy = draftCopies.drop;
export const copiesSettled = draftCopies.settled;
export const dropAllDraftCopies = draftCopies.dropAll;
export const readDraftCopies = draftCopies.read;
export const setCopyFolder = draftCopies.setFolder;
