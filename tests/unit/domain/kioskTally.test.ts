// Today's tickets counted by state and verdict, from numbers only.
import { describe, expect, it } from 'vitest';
import { countsOfDay, countTickets, localDay, noCounts } from '@/domain/kioskTally';

const today = new Date(2026, 10, 25, 15, 0);
const day = localDay(today);
const at = (hours: number, date = 25): string => new Date(2026, 10, date, hours, 0).toISOString();

describe('countTickets', () => {
  it("counts only the day's tickets, those on their way as queued and reviewed ones by verdict", () => {
    const counts = countTickets(
      noCounts(),
      [
        { status: 'ready-to-send', createdAt: at(9) },
        { status: 'sending', createdAt: at(10) },
        { status: 'sent', createdAt: at(11) },
        { status: 'reviewed', verdict: 'approved', createdAt: at(12) },
        { status: 'reviewed', verdict: 'approved', createdAt: at(13) },
        { status: 'reviewed', verdict: 'not-owner', createdAt: at(14) },
        { status: 'needs-changes', createdAt: at(14) },
        { status: 'not-sent', createdAt: at(14) },
        { status: 'sent', createdAt: at(14, 24) },
      ],
      day,
    );
    expect(counts.byState).toEqual({ queued: 2, sent: 1, reviewed: 3, 'needs-changes': 1, 'not-sent': 1 });
    expect(counts.byVerdict).toEqual({ approved: 2, 'not-owner': 1 });
  });

  it("starts a new day at zero and adds to the stored day's numbers", () => {
    const stored = { day, byState: { queued: 0, sent: 2, reviewed: 0, 'needs-changes': 0, 'not-sent': 0 }, byVerdict: {} };
    expect(countsOfDay(stored, '2026-11-26')).toEqual(noCounts());
    expect(countTickets(countsOfDay(stored, day), [{ status: 'sent', createdAt: at(16) }], day).byState.sent).toBe(3);
  });
});
