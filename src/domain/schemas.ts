// zod schemas of every record the app stores and every message it exchanges with the intake.
import { z } from 'zod';
import { VERDICT_IDS } from './verdicts';

/** The most SIM slots (one IMEI each) a device may have: dual-SIM plus eSIMs. */
export const MAX_SLOTS = 4;
/** 2,000 characters: room for a full account of the problem, refused beyond that. */
export const DESCRIPTION_MAX = 2000;

export const verdictIdSchema = z.enum(VERDICT_IDS);

/** A normalised IMEI: 15 ASCII digits (the check digit is judged elsewhere). */
export const imeiDigitsSchema = z.string().regex(/^\d{15}$/, 'imei-format');

/** An Iranian mobile number, normalised to 09xxxxxxxxx. */
export const phoneSchema = z.string().regex(/^09\d{9}$/, 'phone-format');

const isoDate = z.iso.datetime({ offset: true });
const slotCount = z.number().int().min(1).max(MAX_SLOTS);

// ---- Records kept on the device (IndexedDB) -------------------------------

/** One of the owner's devices, as in Hamta's "Device management". */
export const deviceSchema = z.object({
  id: z.string().min(1),
  nickname: z.string().max(80),
  model: z.string().max(80).default(''),
  slotCount,
  /** What Hamta holds, per slot; '' where not known yet. */
  registeredImeis: z.array(z.union([imeiDigitsSchema, z.literal('')])).max(MAX_SLOTS),
  /** What the phone shows on *#06#, per slot; '' where not known yet. */
  correctImeis: z.array(z.union([imeiDigitsSchema, z.literal('')])).max(MAX_SLOTS),
  notes: z.string().max(DESCRIPTION_MAX).default(''),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Device = z.infer<typeof deviceSchema>;

export const WIZARD_STEPS = ['subject', 'guide', 'correct', 'registered', 'checklist', 'description', 'review'] as const;
const wizardStepSchema = z.enum(WIZARD_STEPS);
export type WizardStep = z.infer<typeof wizardStepSchema>;

/** The per-slot "SIM seen on the network" checklist Hamta asks for after "SIM not seen on every slot". */
const slotChecklistSchema = z.object({
  simInserted: z.boolean(),
  switchedOn: z.boolean(),
  callMade: z.boolean(),
});
export type SlotChecklist = z.infer<typeof slotChecklistSchema>;

/** A ticket being written: raw text as the user typed it, so nothing is lost. */
export const ticketDraftSchema = z.object({
  id: z.uuid(),
  step: wizardStepSchema,
  deviceId: z.string().optional(),
  phone: z.string().max(40),
  correctImeis: z.array(z.string().max(200)).max(MAX_SLOTS),
  registeredImeis: z.array(z.string().max(200)).max(MAX_SLOTS),
  slotChecklist: z.array(slotChecklistSchema).max(MAX_SLOTS),
  description: z.string().max(DESCRIPTION_MAX),
  /** The ticket this one resubmits after a verdict asked for it. */
  resubmissionOf: z.uuid().optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type TicketDraft = z.infer<typeof ticketDraftSchema>;

/** Where a submitted ticket is; src/ui/i18n/tickets.ts words each status in both languages. */
const TICKET_STATUSES = ['ready-to-send', 'queued', 'sending', 'sent', 'needs-changes', 'not-sent', 'reviewed'] as const;
const ticketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** One issue the intake found with a field, as it reported it. */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** A failed parse as field issues: where each problem is, and zod's message for it. */
export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

const ticketEventSchema = z.object({
  at: isoDate,
  status: ticketStatusSchema,
  /** A code for what happened (src/domain/deliveryDetail.ts; a stored one may be older); the UI words it. */
  detail: z.string().max(200).optional(),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

// ---- The intake contract (HTTP, JSON) --------------------------------------

/** POST /api/tickets body. The id doubles as the Idempotency-Key. */
export const ticketSubmissionSchema = z.object({
  id: z.uuid(),
  subject: z.literal('imei-mismatch'),
  requester: z.object({ phone: phoneSchema }),
  correctImeis: z.array(imeiDigitsSchema).min(1).max(MAX_SLOTS),
  registeredImeis: z.array(imeiDigitsSchema).min(1).max(MAX_SLOTS),
  description: z.string().max(DESCRIPTION_MAX),
  slotChecks: z.array(z.boolean()).max(MAX_SLOTS),
  createdAt: isoDate,
});
export type TicketSubmission = z.infer<typeof ticketSubmissionSchema>;

/** 201 (first time) or 200 (same id again) from POST /api/tickets. */
export const ticketReceiptSchema = z.object({
  id: z.uuid(),
  status: z.literal('received'),
  receivedAt: isoDate,
});
export type TicketReceipt = z.infer<typeof ticketReceiptSchema>;

/** GET /api/tickets/:id. */
export const ticketReviewSchema = z.object({
  id: z.uuid(),
  status: z.enum(['received', 'reviewed']),
  verdict: verdictIdSchema.optional(),
  reviewedAt: isoDate.optional(),
});
export type TicketReview = z.infer<typeof ticketReviewSchema>;

/** 400 from the intake: not retried; the ticket goes back to the user. */
export const validationErrorSchema = z.object({
  error: z.literal('validation'),
  issues: z.array(fieldIssueSchema),
});

// ---- A ticket the user submitted, as kept on the device --------------------

export const ticketSchema = ticketSubmissionSchema.extend({
  // A kiosk purges the personal fields of a delivered ticket: then they are empty.
  requester: z.object({ phone: z.union([phoneSchema, z.literal('')]) }),
  correctImeis: z.array(imeiDigitsSchema).max(MAX_SLOTS),
  registeredImeis: z.array(imeiDigitsSchema).max(MAX_SLOTS),
  status: ticketStatusSchema,
  history: z.array(ticketEventSchema),
  deviceId: z.string().optional(),
  resubmissionOf: z.uuid().optional(),
  receivedAt: isoDate.optional(),
  verdict: verdictIdSchema.optional(),
  reviewedAt: isoDate.optional(),
  /** The intake's issues when it answered 400 ("needs changes"). */
  issues: z.array(fieldIssueSchema).optional(),
  /** Kiosk mode: purge the personal fields as soon as the intake has the ticket. */
  purgeWhenSent: z.boolean().optional(),
  /** Set once a kiosk has purged the personal fields of a delivered ticket. */
  purged: z.boolean().optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;

// ---- Settings ---------------------------------------------------------------

export const LANGS = ['fa', 'en'] as const;
const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

const kioskSettingsSchema = z.object({
  enabled: z.boolean(),
  /** SHA-256 of the staff PIN, hex; never the PIN itself. */
  pinHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  idleSeconds: z.number().int().min(30).max(3600).default(180),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const settingsSchema = z.object({
  id: z.literal('app'),
  lang: langSchema,
  /** The owner's own phone number, prefilled as the ticket's requester. */
  phone: z.string().max(40).default(''),
  kiosk: kioskSettingsSchema.default({ enabled: false, idleSeconds: 180 }),
  /** The draft to resume when the app opens. */
  lastDraftId: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
