// The intake's issues on a refused ticket land on the right fields of the correcting draft.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/domain/schemas';
import { wizardMessages } from '@/ui/i18n/wizard';
import { serverIssuesOf } from '@/ui/wizard/serverIssues';

const t = wizardMessages.en;
const now = '2026-11-25T10:00:00.000Z';

const refused: Ticket = {
  id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  subject: 'imei-mismatch',
  requester: { phone: '09120000001' },
  correctImeis: ['356938035643809', '490154203237518'],
  registeredImeis: ['356938035643809', '490154203237526'],
  description: 'vague',
  slotChecks: [true, true],
  createdAt: now,
  status: 'needs-changes',
  history: [{ at: now, status: 'needs-changes', detail: 'http-400' }],
  issues: [
    { path: ['correctImeis', 1], message: 'imei-format' },
    { path: ['description'], message: 'too-vague' },
  ],
};

describe('serverIssuesOf', () => {
  it('puts each issue on the field its path names, worded when it is our own code', () => {
    const lookup = serverIssuesOf(refused, t);
    expect(lookup(['correctImeis', 1], '490154203237518')).toBe(t.serverRefused(t.serverImeiFormat));
    expect(lookup(['description'], 'vague')).toBe(t.serverRefused('too-vague'));
    expect(lookup(['correctImeis', 0], '356938035643809')).toBeNull();
    expect(lookup(['requester', 'phone'], '09120000001')).toBeNull();
  });

  it('drops the issue once the user changed the refused value', () => {
    const lookup = serverIssuesOf(refused, t);
    expect(lookup(['description'], 'a full account of the problem')).toBeNull();
    expect(lookup(['correctImeis', 1], '356938035643817')).toBeNull();
  });

  it('says nothing for a ticket that was not refused', () => {
    expect(serverIssuesOf({ ...refused, status: 'sent' }, t)(['description'], 'vague')).toBeNull();
    expect(serverIssuesOf(undefined, t)(['description'], 'vague')).toBeNull();
  });
});
