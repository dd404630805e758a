// What every wizard step receives from the wizard.
import type { TicketDraft, WizardStep } from '../../domain/schemas';
import type { ServerIssueLookup } from './serverIssues';

export type StepProps = {
  draft: TicketDraft;
  /** Applies a change to the latest draft; it is saved within 300 ms. */
  change(edit: (draft: TicketDraft) => TicketDraft): void;
  /** "Next" was pressed with errors: empty required boxes now say so too. */
  showErrors: boolean;
  goTo(step: WizardStep): void;
  /** The intake's issues on the ticket this draft corrects, per field. */
  serverIssue: ServerIssueLookup;
};
