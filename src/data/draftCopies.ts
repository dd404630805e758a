// The drafts' crash copies (src/data/recordCopies.ts), in the folder `draft-copies`.
import { ticketDraftSchema, type TicketDraft } from '../domain/schemas';
import { recordCopies } from './recordCopies';

export type { CopyFolder } from './recordCopies';

export const draftCopies = recordCopies<TicketDraft>({
  folder: 'draft-copies',
  schema: ticketDraftSchema,
  table: 'drafts',
  recoveredAs: 'recoveredDrafts',
});
