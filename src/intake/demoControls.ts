// The demo's test controls (only with INTAKE_DEMO=1): injected faults, random failures (chaos), POST counts per ticket id, and the review delay.
import { z } from 'zod';
import { fieldIssueSchema, type FieldIssue } from '../domain/schemas';

/** How the next POSTs to /tickets are answered instead of normally (tests of the queue's rules). */
/** 'drop' cuts the connection with no answer: a dead or filtered mobile link, while the browser still says it is online. */
const FAULT_KINDS = ['status', 'html', 'huge', 'wrong-schema', 'redirect', 'drop'] as const;

export const faultSchema = z.object({
  failNext: z.number().int().min(1).max(10_000),
  /** For kind 'status': the HTTP status to answer (503 by default; 400 answers validation issues). */
  status: z.number().int().min(400).max(599).default(503),
  respond: z.enum(FAULT_KINDS).default('status'),
  /** For a 400: the issues to report; a made-up one on the description by default. */
  issues: z.array(fieldIssueSchema).max(20).optional(),
});
export type Fault = z.infer<typeof faultSchema>;

/** Random trouble on every POST: a share of them answered with `status` instead of normally (a flaky intake under load). */
export const chaosSchema = z.object({
  /** From 0 (off) to 1 (every POST fails). */
  failRate: z.number().min(0).max(1),
  status: z.number().int().min(400).max(599).default(503),
});
export type Chaos = z.infer<typeof chaosSchema>;

export const demoConfigSchema = z.object({
  /** How long after receipt the layer-zero verdict appears on GET. */
  reviewDelayMs: z.number().int().min(0).max(3_600_000),
});

/** The default made-up rejection: the field the issue names is one the user can change. */
export const DEMO_REJECTION: FieldIssue[] = [{ path: ['description'], message: 'demo-rejection' }];

/** Stops a hostile flood of ids from growing the counts without bound. */
const MAX_COUNTED_IDS = 100_000;

export class DemoControls {
  /** How long after receipt the layer-zero verdict appears on GET. */
  reviewDelayMs: number;
  private fault: Fault | null = null;
  private chaos: Chaos | null = null;
  private readonly answers = new Map<string, number[]>();
  private totalPosts = 0;

  constructor(
    private readonly defaultReviewDelayMs: number,
    private readonly random: () => number = Math.random,
  ) {
    this.reviewDelayMs = defaultReviewDelayMs;
  }

  setFault(fault: Fault): void {
    this.fault = fault;
  }

  setChaos(chaos: Chaos): void {
    this.chaos = chaos.failRate > 0 ? chaos : null;
  }

  /** The fault to apply to this POST: a pending one first (counted down), else the chaos's, when its dice say so. */
  takeFault(): Fault | null {
    const fault = this.fault;
    if (!fault) {
      const chaos = this.chaos;
      return chaos && this.random() < chaos.failRate ? { failNext: 1, status: chaos.status, respond: 'status' } : null;
    }
    const remaining = fault.failNext - 1;
    this.fault = remaining > 0 ? { ...fault, failNext: remaining } : null;
    return fault;
  }

  /** Records one POST for a ticket id and the status it was answered with. */
  countPost(id: string | null, status: number): void {
    this.totalPosts += 1;
    if (id === null) return;
    const list = this.answers.get(id);
    if (list) list.push(status);
    else if (this.answers.size < MAX_COUNTED_IDS) this.answers.set(id, [status]);
  }

  statsFor(id: string): { id: string; posts: number; answers: number[] } {
    const answers = this.answers.get(id) ?? [];
    return { id, posts: answers.length, answers: [...answers] };
  }

  totals(): { posts: number; ids: number } {
    return { posts: this.totalPosts, ids: this.answers.size };
  }

  reset(): void {
    this.fault = null;
    this.chaos = null;
    this.reviewDelayMs = this.defaultReviewDelayMs;
    this.answers.clear();
    this.totalPosts = 0;
  }
}
