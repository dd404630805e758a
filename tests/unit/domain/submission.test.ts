// Building the intake body from a draft: what is normalised, what blocks, and that the result is a valid ticket body.
import { describe, expect, it } from 'vitest';
import { ticketSubmissionSchema, type TicketDraft } from '@/domain/schemas';
import { buildSubmission, precheckDraft, slotChecked, slotChecksOf } from '@/domain/submission';

const ID = '6a1f3c9e-2b7d-4e8a-9c01-5d2e3f4a5b6c';
const NOW = new Date('2025-03-04T08:30:00.000Z');
const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';
/** IMEI 2 with digits 9 and 11 mistyped, still passing the check digit: what an importer's typo looks like. */
const IMEI_2_TYPO = '356938036633817';
const ALL_DONE = { simInserted: true, switchedOn: true, callMade: true };

function draft(changes: Partial<TicketDraft> = {}): TicketDraft {
  return {
    id: ID,
    step: 'review',
    phone: '0912 345 6789',
    correctImeis: [IMEI_1, IMEI_2],
    registeredImeis: [IMEI_1, IMEI_2_TYPO],
    slotChecklist: [ALL_DONE, ALL_DONE],
    description: 'SIM 2 says no service.',
    createdAt: '2025-03-04T08:00:00.000Z',
    updatedAt: '2025-03-04T08:20:00.000Z',
    ...changes,
  };
}

function persian(text: string): string {
  return text.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)] ?? digit);
}

describe('buildSubmission', () => {
  it('builds a valid intake body with the draft id, the subject and the time given', () => {
    const result = buildSubmission(draft(), NOW);
    if (!result.ok) throw new Error(`expected a submission, got ${JSON.stringify(result.errors)}`);
    expect(ticketSubmissionSchema.safeParse(result.submission).success).toBe(true);
    expect(result.submission).toMatchObject({
      id: ID,
      subject: 'imei-mismatch',
      createdAt: '2025-03-04T08:30:00.000Z',
      description: 'SIM 2 says no service.',
    });
    expect(result.precheck.case).toBe('second-imei');
  });

  it('normalises IMEIs typed in Persian digits with spaces and dashes', () => {
    const result = buildSubmission(
      draft({
        correctImeis: [persian('35-693803-564380-9'), ` ${persian(IMEI_2)} `],
        registeredImeis: [persian(IMEI_1), '356938 036633817'],
      }),
      NOW,
    );
    expect(result.ok && result.submission.correctImeis).toEqual([IMEI_1, IMEI_2]);
    expect(result.ok && result.submission.registeredImeis).toEqual([IMEI_1, IMEI_2_TYPO]);
  });

  it('normalises the requester phone number', () => {
    const result = buildSubmission(draft({ phone: '+98 ۹۱۲-۳۴۵-۶۷۸۹' }), NOW);
    expect(result.ok && result.submission.requester).toEqual({ phone: '09123456789' });
  });

  it('sends only the IMEIs Hamta holds when its second box is left empty', () => {
    const result = buildSubmission(draft({ registeredImeis: [IMEI_1, ''] }), NOW);
    expect(result.ok && result.submission.registeredImeis).toEqual([IMEI_1]);
    expect(result.precheck.case).toBe('missing-second');
  });

  it('counts a slot as checked only when all three checklist items are ticked', () => {
    const partly = { simInserted: true, switchedOn: true, callMade: false };
    const result = buildSubmission(draft({ slotChecklist: [ALL_DONE, partly] }), NOW);
    expect(result.ok && result.submission.slotChecks).toEqual([true, false]);
  });

  it('gives one slot check per correct IMEI, false where the checklist is missing', () => {
    expect(slotChecksOf({ correctImeis: ['a', 'b', 'c'], slotChecklist: [ALL_DONE] })).toEqual([true, false, false]);
    expect(slotChecked(undefined)).toBe(false);
  });

  it('still submits with warnings: an unchecked slot and an empty description', () => {
    const result = buildSubmission(
      draft({ description: '  ', slotChecklist: [ALL_DONE, { simInserted: false, switchedOn: false, callMade: false }] }),
      NOW,
    );
    expect(result.ok).toBe(true);
    expect(result.precheck.warnings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['sim-not-checked', 'description-empty']),
    );
    expect(result.ok && result.submission.description).toBe('');
  });

  it('refuses a wrong check digit, naming the box', () => {
    const result = buildSubmission(draft({ correctImeis: [IMEI_1, '356938035643818'] }), NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual({ code: 'check-digit', field: 'correct', slot: 1 });
  });

  it('refuses an empty second correct IMEI: Hamta requires both', () => {
    const result = buildSubmission(draft({ correctImeis: [IMEI_1, ''] }), NOW);
    expect(!result.ok && result.errors).toContainEqual({ code: 'empty', field: 'correct', slot: 1 });
  });

  it('refuses a bad phone number with the phone error code', () => {
    expect(buildSubmission(draft({ phone: '' }), NOW)).toMatchObject({
      ok: false,
      errors: [{ code: 'empty', field: 'phone' }],
    });
    expect(buildSubmission(draft({ phone: '021 1234 5678' }), NOW)).toMatchObject({
      ok: false,
      errors: [{ code: 'not-mobile', field: 'phone' }],
    });
  });

  it('reports every blocking problem at once', () => {
    const result = buildSubmission(draft({ phone: '0912', registeredImeis: ['', ''] }), NOW);
    expect(!result.ok && result.errors).toEqual([
      { code: 'empty', field: 'registered', slot: 0 },
      { code: 'wrong-length', field: 'phone' },
    ]);
  });

  it('refuses an invalid date instead of throwing', () => {
    expect(buildSubmission(draft(), new Date('not a date'))).toMatchObject({
      ok: false,
      errors: [{ code: 'schema', path: 'createdAt' }],
    });
  });

  it('keeps HTML in the description as the text it is', () => {
    const html = '<img src=x onerror=alert(1)><b>bold</b>';
    const result = buildSubmission(draft({ description: html }), NOW);
    expect(result.ok && result.submission.description).toBe(html);
  });

  it('passes the device list to the pre-check, so IMEIs not in it are flagged but do not block', () => {
    const result = buildSubmission(draft(), NOW, { myRegisteredImeis: [IMEI_1] });
    expect(result.ok).toBe(true);
    expect(result.precheck.warnings).toContainEqual({ code: 'registered-not-mine', field: 'registered', slot: 1 });
  });
});

describe('precheckDraft', () => {
  it('finds the differing digits of the mistyped second IMEI', () => {
    const checked = precheckDraft(draft());
    expect(checked.case).toBe('second-imei');
    expect(checked.differingDigits).toEqual([[], [9, 11]]);
  });

  it('reads the checklist per slot', () => {
    const none = { simInserted: false, switchedOn: true, callMade: true };
    const checked = precheckDraft(draft({ slotChecklist: [none, ALL_DONE] }));
    expect(checked.warnings).toEqual([{ code: 'sim-not-checked', slot: 0 }]);
  });
});
