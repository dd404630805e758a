// zod schemas of every record the app stores and every message it exchanges with the intake.
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { kioskTallySchema } from './kioskTally';
import { pinLockSchema } from './pinLock';
import { LANGS, type Lang } from './lang';
import { VERDICT_IDS } from './verdictIds';
import { fieldIssueSchema, imeiDigitsSchema, phoneSchema, ticketSubmissionSchema } from './intakeContract';
import { DESCRIPTION_MAX, MAX_SLOTS } from './limits';

export { DESCRIPTION_MAX, MAX_SLOTS } from './limits';
export {
  fieldIssueSchema,
  fieldIssuesOf,
  imeiDigitsSchema,
  phoneSchema,
  ticketReceiptSchema,
  ticketSubmissionSchema,
  validationErrorSchema,
  type FieldIssue,
  type TicketReceipt,
  type TicketSubmission,
} from './intakeContract';

export const verdictIdSchema = z.enum(VERDICT_IDS);

// Small schemas (enums, a date, a count) are built at once; the records' schemas on first use (./lazySchema).
const isoDate = z.iso.datetime({ offset: true });
const slotCount = z.int().check(z.minimum(1), z.maximum(MAX_SLOTS));

// ---- Records kept on the device (IndexedDB) -------------------------------

/** One of the owner's devices, as in Hamta's "Device management". */
export const deviceSchema = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    nickname: z.string().check(z.maxLength(80)),
    model: z._default(z.string().check(z.maxLength(80)), ''),
    slotCount,
    /** What Hamta holds, per slot; '' where not known yet. */
    registeredImeis: z.array(z.union([imeiDigitsSchema, z.literal('')])).check(z.maxLength(MAX_SLOTS)),
    /** What the phone shows on *#06#, per slot; '' where not known yet. */
    correctImeis: z.array(z.union([imeiDigitsSchema, z.literal('')])).check(z.maxLength(MAX_SLOTS)),
    notes: z._default(z.string().check(z.maxLength(DESCRIPTION_MAX)), ''),
    createdAt: isoDate,
    updatedAt: isoDate,
  }),
);
export type Device = z.infer<typeof deviceSchema>;

export const WIZARD_STEPS = ['subject', 'guide', 'correct', 'registered', 'checklist', 'description', 'review'] as const;
const wizardStepSchema = z.enum(WIZARD_STEPS);
export type WizardStep = z.infer<typeof wizardStepSchema>;

/** The per-slot "SIM seen on the network" checklist Hamta asks for after "SIM not seen on every slot". */
const slotChecklistSchema = lazySchema(() =>
  z.object({
    simInserted: z.boolean(),
    switchedOn: z.boolean(),
    callMade: z.boolean(),
  }),
);
export type SlotChecklist = z.infer<typeof slotChecklistSchema>;

/** A ticket being written: raw text as the user typed it, so nothing is lost. */
export const ticketDraftSchema = lazySchema(() =>
  z.object({
    id: z.uuid(),
    step: wizardStepSchema,
    deviceId: z.optional(z.string()),
    phone: z.string().check(z.maxLength(40)),
    correctImeis: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_SLOTS)),
    registeredImeis: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_SLOTS)),
    slotChecklist: z.array(slotChecklistSchema).check(z.maxLength(MAX_SLOTS)),
    description: z.string().check(z.maxLength(DESCRIPTION_MAX)),
    /** The ticket this one resubmits after a verdict asked for it. */
    resubmissionOf: z.optional(z.uuid()),
    createdAt: isoDate,
    updatedAt: isoDate,
  }),
);
export type TicketDraft = z.infer<typeof ticketDraftSchema>;

/** Where a submitted ticket is; src/ui/i18n/tickets.ts words each status in both languages. */
// 'ready-to-file': built with no intake (VITE_INTAKE_URL=off), the ticket stays here until the user files it on Hamta.
const TICKET_STATUSES = ['ready-to-send', 'queued', 'sending', 'sent', 'needs-changes', 'not-sent', 'reviewed', 'ready-to-file'] as const;
const ticketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

const ticketEventSchema = lazySchema(() =>
  z.object({
    at: isoDate,
    status: ticketStatusSchema,
    /** A code for what happened (src/domain/deliveryDetail.ts; a stored one may be older); the UI words it. */
    detail: z.optional(z.string().check(z.maxLength(200))),
  }),
);
export type TicketEvent = z.infer<typeof ticketEventSchema>;

// ---- The intake contract (HTTP, JSON): its POST is in ./intakeContract -----

/** GET /api/tickets/:id. */
export const ticketReviewSchema = lazySchema(() =>
  z.object({
    id: z.uuid(),
    status: z.enum(['received', 'reviewed']),
    verdict: z.optional(verdictIdSchema),
    reviewedAt: z.optional(isoDate),
  }),
);
export type TicketReview = z.infer<typeof ticketReviewSchema>;

// ---- A ticket the user submitted, as kept on the device --------------------

/** Filing a ticket on Hamta by hand: the form fields already copied, and the description as the user edited it. */
export const hamtaHandoffSchema = lazySchema(() =>
  z.object({
    copied: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
    description: z.optional(z.string().check(z.maxLength(DESCRIPTION_MAX))),
  }),
);
export type HamtaHandoff = z.infer<typeof hamtaHandoffSchema>;

export const ticketSchema = lazySchema(() =>
  z.extend(ticketSubmissionSchema, {
    // A kiosk purges the personal fields of a delivered ticket: then they are empty.
    requester: z.object({ phone: z.union([phoneSchema, z.literal('')]) }),
    correctImeis: z.array(imeiDigitsSchema).check(z.maxLength(MAX_SLOTS)),
    registeredImeis: z.array(imeiDigitsSchema).check(z.maxLength(MAX_SLOTS)),
    status: ticketStatusSchema,
    history: z.array(ticketEventSchema),
    deviceId: z.optional(z.string()),
    resubmissionOf: z.optional(z.uuid()),
    receivedAt: z.optional(isoDate),
    verdict: z.optional(verdictIdSchema),
    reviewedAt: z.optional(isoDate),
    /** The intake's issues when it answered 400 ("needs changes"). */
    issues: z.optional(z.array(fieldIssueSchema)),
    /** Kiosk mode: purge the personal fields as soon as the intake has the ticket. */
    purgeWhenSent: z.optional(z.boolean()),
    /** Set once a kiosk has purged the personal fields of a delivered ticket. */
    purged: z.optional(z.boolean()),
    handoff: z.optional(hamtaHandoffSchema),
  }),
);
export type Ticket = z.infer<typeof ticketSchema>;

// ---- Settings ---------------------------------------------------------------

export { LANGS, type Lang };
const langSchema = z.enum(LANGS);

/** The staff PIN as stored: PBKDF2-SHA-256 of the PIN with its own random salt; never the PIN itself. */
const pinRecordSchema = lazySchema(() =>
  z.object({
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.int().check(z.minimum(1), z.maximum(10_000_000)),
    /** 16 random bytes, hex. */
    salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    /** 32 bytes, hex. */
    hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
);
export type PinRecord = z.infer<typeof pinRecordSchema>;

const kioskSettingsSchema = lazySchema(() =>
  z.object({
    enabled: z.boolean(),
    pin: z.optional(pinRecordSchema),
    /** Older versions stored a salted SHA-256 here; replaced by `pin` at the next right PIN. */
    pinHash: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    pinLock: z.optional(pinLockSchema),
    idleSeconds: z._default(z.int().check(z.minimum(30), z.maximum(3600)), 180),
  }),
);
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const settingsSchema = lazySchema(() =>
  z.object({
    id: z.literal('app'),
    lang: langSchema,
    /** The owner's own phone number, prefilled as the ticket's requester. */
    phone: z._default(z.string().check(z.maxLength(40)), ''),
    kiosk: z._default(kioskSettingsSchema, { enabled: false, idleSeconds: 180 }),
    /** The draft to resume when the app opens. */
    lastDraftId: z.optional(z.string()),
    /** Kiosk mode: today's tickets already wiped, counted for the staff screen. */
    kioskTally: z.optional(kioskTallySchema),
  }),
);
export type Settings = z.infer<typeof settingsSchema>;
