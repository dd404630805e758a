// Starting a draft from any screen (a new ticket, "fix and resend" from a ticket or a verdict): stored, then opened.
import { createDraft } from '../../data/drafts';
import type { TicketDraft } from '../../domain/schemas';
import { paths, useAddress } from '../addresses';
import { expectContinueCard } from '../continueDraftRoom';
import { navigate } from '../router';

/**
 * Stores a new draft and opens it in the wizard. The start page is told to keep room for its "unfinished draft" card
 * from the next start on. Rejects when the draft could not be stored (storage full or unavailable): nothing opens.
 */
export function useStartDraft(): (init?: Partial<TicketDraft>) => Promise<void> {
  const address = useAddress();
  return async (init) => {
    const draft = await createDraft(init);
    expectContinueCard();
    navigate(address(paths.draft(draft.id)));
  };
}
