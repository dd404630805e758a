// The pre-check and the judge on hostile input: they answer with codes and verdicts, and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import demoJson from '@/intake/demo-registry.json';
import { judge } from '@/domain/judge';
import { precheck, type Precheck, type TicketInput } from '@/domain/precheck';
import { demoRegistrySchema, registrySchema, type Registry } from '@/domain/registry';
import type { TicketSubmission } from '@/domain/schemas';
import { VERDICT_IDS } from '@/domain/verdicts';

const demo = demoRegistrySchema.parse(demoJson);
const registry: Registry = registrySchema.parse({ owners: demo.owners, devices: demo.devices });

const IMEI_1 = '350281374182634';
const IMEI_2 = '350281374182717';
const IMEI_2_TYPO = '350281375582717';
const TWO_MB = 2 * 1024 * 1024;
// Generating random values is the slow part of the property tests; on a loaded machine it needs room.
const PROPERTY_TIMEOUT_MS = 30_000;

const HOSTILE_STRINGS: readonly (readonly [string, string])[] = [
  ['empty', ''],
  ['2 MB of digits', '3'.repeat(TWO_MB)],
  ['2 MB of emoji', '📱'.repeat(TWO_MB / 2)],
  ['2 MB of spaces and ZWNJs', ' \u200c'.repeat(TWO_MB / 2)],
  ['emoji around an IMEI', `📱${IMEI_1}📱`],
  ['RTL and LRM marks', `\u202e${IMEI_1}\u200f\u200e`],
  ['NUL bytes', `${IMEI_1.slice(0, 7)}\u0000${IMEI_1.slice(7)}\u0000`],
  ['HTML', `<img src=x onerror="alert(1)">${IMEI_1}</img>`],
  ['lone surrogates', '\ud800\udfff\udc00'],
  ['Persian digits with a slash and nothing after', '۳۵۰۲۸۱۳۷۴۱۸۲۶۳۴/'],
];

const VERDICTS: readonly (string | null)[] = [...VERDICT_IDS, null];
const CASES: readonly (string | null)[] = ['second-imei', 'missing-second', 'swapped', 'no-mismatch', 'full-change', null];

/** A well-formed answer: every part present and of its type. */
function isWellFormed(result: Precheck): boolean {
  return (
    CASES.includes(result.case) &&
    VERDICTS.includes(result.likelyVerdict) &&
    Array.isArray(result.errors) &&
    Array.isArray(result.warnings) &&
    [...result.errors, ...result.warnings].every((finding) => typeof finding.code === 'string') &&
    result.differingDigits.every((positions) => positions.every(Number.isInteger))
  );
}

function expectWellFormed(result: Precheck): void {
  expect(isWellFormed(result), JSON.stringify(result).slice(0, 500)).toBe(true);
}

function submission(changes: Record<string, unknown>): TicketSubmission {
  return {
    id: '7c0e8f4a-3b2d-4e1f-8a9b-0c1d2e3f4a5b',
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: [IMEI_1, IMEI_2],
    registeredImeis: [IMEI_1, IMEI_2_TYPO],
    description: 'x',
    slotChecks: [true, true],
    createdAt: '2025-01-01T10:00:00.000Z',
    ...changes,
  } as TicketSubmission;
}

describe('precheck on hostile strings', () => {
  it.each(HOSTILE_STRINGS)('answers for %s in every field without throwing', (_name, hostile) => {
    const inputs: TicketInput[] = [
      { correctImeis: [hostile, IMEI_2], registeredImeis: [IMEI_1, IMEI_2_TYPO] },
      { correctImeis: [IMEI_1, IMEI_2], registeredImeis: [hostile, hostile] },
      { correctImeis: [IMEI_1, IMEI_2], registeredImeis: [IMEI_1, IMEI_2_TYPO], description: hostile },
    ];
    for (const input of inputs) expectWellFormed(precheck(input, { myRegisteredImeis: [hostile] }));
  });

  it('refuses a 2 MB IMEI with an error code on its box', () => {
    const result = precheck({ correctImeis: ['3'.repeat(TWO_MB), IMEI_2], registeredImeis: [IMEI_1, IMEI_2_TYPO] });
    expect(result.errors).toContainEqual({ code: 'too-long', field: 'correct', slot: 0 });
    expect(result.case).toBeNull();
  });

  it('refuses a 2 MB emoji paste as not digits', () => {
    const result = precheck({ correctImeis: [IMEI_1, IMEI_2], registeredImeis: ['📱'.repeat(TWO_MB / 2)] });
    expect(result.errors).toContainEqual({ code: 'not-digits', field: 'registered', slot: 0 });
  });

  it('refuses a 2 MB description', () => {
    const result = precheck({ correctImeis: [IMEI_1, IMEI_2], registeredImeis: [IMEI_1, IMEI_2_TYPO], description: 'ش'.repeat(TWO_MB) });
    expect(result.errors).toContainEqual({ code: 'description-too-long', field: 'description' });
  });

  it('refuses a list of 10,000 IMEIs and reads only the first slots', () => {
    const many = Array.from({ length: 10_000 }, () => IMEI_1);
    const result = precheck({ correctImeis: many, registeredImeis: many, slotChecks: many.map(() => true) });
    expect(result.errors).toContainEqual({ code: 'too-many-slots', field: 'correct' });
    expect(result.warnings.length).toBeLessThan(10);
    expectWellFormed(result);
  });

  it('reads a HTML description as text and never echoes it into a code', () => {
    const result = precheck({ correctImeis: [IMEI_1, IMEI_2], registeredImeis: [IMEI_1, IMEI_2_TYPO], description: '<b>x</b>' });
    expect(JSON.stringify(result)).not.toContain('<b>');
  });
});

describe('precheck on wrong types', () => {
  const wrongInputs: readonly unknown[] = [
    undefined,
    null,
    42,
    'correctImeis',
    [],
    {},
    { correctImeis: 'not a list', registeredImeis: 7 },
    { correctImeis: [1, null, undefined], registeredImeis: [{}, [], true] },
    { correctImeis: [Symbol('imei'), 356938035643809n], registeredImeis: [IMEI_1] },
    { correctImeis: [IMEI_1, IMEI_2], registeredImeis: [IMEI_1], slotChecks: 'yes', description: 42 },
    { correctImeis: [IMEI_1, IMEI_2], registeredImeis: [IMEI_1], slotChecks: [1, 'true', null], description: {} },
  ];

  it.each(wrongInputs.map((input) => [String(typeof input), input] as const))('answers for a %s input', (_kind, input) => {
    expectWellFormed(precheck(input as never));
  });

  it('reads non-string boxes as empty ones', () => {
    const result = precheck({ correctImeis: [IMEI_1, 42 as never], registeredImeis: [IMEI_1] });
    expect(result.errors).toEqual([{ code: 'empty', field: 'correct', slot: 1 }]);
  });

  it('survives a context of the wrong shape', () => {
    const input = { correctImeis: [IMEI_1, IMEI_2], registeredImeis: [IMEI_1, IMEI_2_TYPO] };
    for (const context of [null, 5, { myRegisteredImeis: 'mine' }, { myRegisteredImeis: [null, 3, {}] }]) {
      expectWellFormed(precheck(input, context as never));
    }
  });

  it(
    'never throws on anything at all',
    () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 2 }), fc.anything({ maxDepth: 2 }), (input, context) => {
          return isWellFormed(precheck(input as never, context as never));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never throws on lists of arbitrary strings and values',
    () => {
      const box = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.anything({ maxDepth: 1 }));
      fc.assert(
        fc.property(
          fc.record({
            correctImeis: fc.array(box, { maxLength: 6 }),
            registeredImeis: fc.array(box, { maxLength: 6 }),
            description: box,
            slotChecks: fc.array(fc.oneof(fc.boolean(), fc.anything({ maxDepth: 1 })), { maxLength: 6 }),
          }),
          (input) => isWellFormed(precheck(input as never)),
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('judge on hostile input', () => {
  it.each(HOSTILE_STRINGS)('gives a verdict for %s in any field', (_name, hostile) => {
    const submissions = [
      submission({ correctImeis: [hostile, IMEI_2] }),
      submission({ registeredImeis: [hostile] }),
      submission({ requester: { phone: hostile } }),
      submission({ description: hostile }),
    ];
    for (const hostileSubmission of submissions) expect(VERDICT_IDS).toContain(judge(hostileSubmission, registry));
  });

  it('refuses a 2 MB IMEI as an invalid one', () => {
    expect(judge(submission({ correctImeis: ['3'.repeat(TWO_MB), IMEI_2] }), registry)).toBe('invalid-imei-observed');
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty object', {}],
    ['lists of the wrong type', { correctImeis: 'x', registeredImeis: 5, requester: 'me' }],
    ['non-string IMEIs', { correctImeis: [1, null], registeredImeis: [{}], requester: { phone: 9120000001 } }],
    ['10,000 IMEIs', { correctImeis: Array(10_000).fill(IMEI_1), registeredImeis: Array(10_000).fill(IMEI_1) }],
  ])('gives a verdict for %s', (_name, hostile) => {
    expect(VERDICT_IDS).toContain(judge(hostile as never, registry));
  });

  it('gives a verdict over a missing or malformed registry', () => {
    for (const broken of [null, undefined, {}, { owners: 'x', devices: 'y' }]) {
      expect(judge(submission({}), broken as never)).toBe('not-owner');
    }
  });

  it(
    'never throws on anything at all',
    () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 2 }), (hostile) => {
          return (VERDICT_IDS as readonly string[]).includes(judge(hostile as never, registry));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
