// One small live hook per stored-data query: screens read devices, drafts and tickets through these.
import { getDevice, listDevices } from '../../data/devices';
import { getDraft, listDrafts } from '../../data/drafts';
import { getTicket, listTickets } from '../../data/tickets';
import type { Device, Ticket, TicketDraft } from '../../domain/schemas';
import { useLiveQuery } from './useLiveQuery';

/** `loaded` is false until the first read completes; `error` is a read that failed. */
export type LiveData<T> = { data: T; loaded: boolean; error: unknown };

function useLiveList<T>(list: () => Promise<T[]>): LiveData<T[]> {
  const { data, error } = useLiveQuery(list, '');
  return { data: data ?? [], loaded: data !== undefined, error };
}

// The result carries the id it was read for: after the id changes, the previous
// record is not shown as if it were the new one while the new read runs. It also
// tells "not read yet" from "read, and there is no such record".
function useLiveRecord<T>(id: string | undefined, get: (id: string) => Promise<T | undefined>): LiveData<T | undefined> {
  const { data, error } = useLiveQuery(async () => ({ id, record: id === undefined ? undefined : await get(id) }), id);
  const current = data !== undefined && data.id === id;
  return { data: current ? data.record : undefined, loaded: current, error };
}

export function useDevices(): LiveData<Device[]> {
  return useLiveList(listDevices);
}

export function useDevice(id: string | undefined): LiveData<Device | undefined> {
  return useLiveRecord(id, getDevice);
}

export function useDrafts(): LiveData<TicketDraft[]> {
  return useLiveList(listDrafts);
}

export function useDraft(id: string | undefined): LiveData<TicketDraft | undefined> {
  return useLiveRecord(id, getDraft);
}

export function useTickets(): LiveData<Ticket[]> {
  return useLiveList(listTickets);
}

export function useTicket(id: string | undefined): LiveData<Ticket | undefined> {
  return useLiveRecord(id, getTicket);
}
