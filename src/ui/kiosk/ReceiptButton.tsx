// "Receipt" on a submitted ticket in kiosk mode: the customer leaves with proof of filing, and nothing that opens the ticket.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Ticket } from '../../domain/schemas';
import { useSettings } from '../hooks/useSettings';
import { useMessages } from '../i18n/core';
import { receiptMessages } from '../i18n/receipt';
import { Receipt } from './Receipt';

export function ReceiptButton({ ticket }: { ticket: Ticket }): JSX.Element | null {
  const t = useMessages(receiptMessages);
  const { settings } = useSettings();
  const [open, setOpen] = useState(false);
  // A purged ticket has nothing left to show; outside kiosk mode the owner keeps the ticket itself.
  if (!settings.kiosk.enabled || ticket.purged) return null;
  return (
    <>
      <p class="receipt-open">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t.receipt}
        </button>
      </p>
      {open ? <Receipt ticket={ticket} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
