// Live queue facts for the header: how many tickets wait to be sent, and whether the target is the demo intake.
import { intakeKind, type IntakeKind } from '../../sync/intakeTarget';
import { countWaitingTickets } from '../../sync/outbox';
import { useLiveQuery } from './useLiveQuery';
import { useStore } from './useStore';

/** Tickets queued or being sent, in this tab or another; 0 until read. */
export function useWaitingCount(): number {
  return useLiveQuery(countWaitingTickets, '').data ?? 0;
}

export function useIntakeKind(): IntakeKind {
  return useStore(intakeKind);
}
