// The "What is happening to your phone?" guide: its questions and where each answer leads, as data.

/** The Hamta channels an answer can send the user to (words in src/ui/i18n/help.ts). */
export const HAMTA_CHANNELS = [
  'site', // hamta.ntsw.ir, the kartabl
  'sms-7777', // a 15-digit IMEI sent by SMS to 7777: the authenticity inquiry
  'ussd-7777', // *7777#: its menu has ownership transfer
] as const;
export type HamtaChannel = (typeof HAMTA_CHANNELS)[number];

/** Places in this app an answer can point to. */
export const APP_LINKS = ['new-ticket', 'imei-check', 'verdict-guide'] as const;
export type AppLink = (typeof APP_LINKS)[number];

export const PROBLEM_ROUTE_IDS = [
  'wrong-imei-ticket', // one IMEI differs from Hamta's, or Hamta lacks the second: the correction ticket
  'add-device', // used in one slot before the registry reached it: "add device" with the SIM of that time
  'swap-sims-back', // SIMs moved between slots: the registered SIM back in its slot
  'ownership-transfer', // another person's SIM: transfer, or 30 days of service only
  'second-hand', // a used phone: the seller transfers it; check it before buying
  'repair-registration', // a new board changed the IMEIs: repair registration, not the ticket
  'all-imeis-differ', // every IMEI differs and no repair: not a wrong-second-IMEI case
  'imeis-match', // Hamta already holds the right IMEIs: a ticket cannot help
  'find-registered-imeis', // the user cannot see what Hamta holds yet
  'traveller', // 30 days once a year; longer needs declaring at the border
  'warning-sms', // an SMS with a cut-off date
  'activation-code', // a sealed phone that was never activated
  'login-code', // the SIM is cut off, so the login SMS cannot arrive on this phone
] as const;
export type ProblemRouteId = (typeof PROBLEM_ROUTE_IDS)[number];

export type ProblemRoute = {
  readonly id: ProblemRouteId;
  /** Where on Hamta to act, first the one to use first. */
  readonly channels: readonly HamtaChannel[];
  readonly appLinks: readonly AppLink[];
};

type Next = { readonly question: QuestionId } | { readonly route: ProblemRouteId };
type Option = { readonly id: string; readonly next: Next };
export type Question = { readonly id: QuestionId; readonly options: readonly Option[] };

export const QUESTION_IDS = ['situation', 'whose-sim', 'used-before-registry', 'compare-imeis'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The question the guide starts with. */
export const FIRST_QUESTION: QuestionId = 'situation';

/**
 * The questions, each option leading to another question or to an answer.
 * Option ids only need to be unique within their question.
 */
export const QUESTIONS = {
  situation: {
    id: 'situation',
    options: [
      { id: 'no-service', next: { question: 'whose-sim' } },
      { id: 'warning-sms', next: { route: 'warning-sms' } },
      { id: 'sealed-phone', next: { route: 'activation-code' } },
      { id: 'second-hand', next: { route: 'second-hand' } },
      { id: 'repaired', next: { route: 'repair-registration' } },
      { id: 'traveller', next: { route: 'traveller' } },
      { id: 'no-login-code', next: { route: 'login-code' } },
    ],
  },
  'whose-sim': {
    id: 'whose-sim',
    options: [
      { id: 'mine-as-before', next: { question: 'used-before-registry' } },
      { id: 'mine-swapped', next: { route: 'swap-sims-back' } },
      { id: 'another-person', next: { route: 'ownership-transfer' } },
    ],
  },
  'used-before-registry': {
    id: 'used-before-registry',
    options: [
      { id: 'yes', next: { route: 'add-device' } },
      { id: 'no', next: { question: 'compare-imeis' } },
      { id: 'not-sure', next: { question: 'compare-imeis' } },
    ],
  },
  'compare-imeis': {
    id: 'compare-imeis',
    options: [
      { id: 'one-differs', next: { route: 'wrong-imei-ticket' } },
      { id: 'hamta-has-one', next: { route: 'wrong-imei-ticket' } },
      { id: 'all-differ', next: { route: 'all-imeis-differ' } },
      { id: 'all-match', next: { route: 'imeis-match' } },
      { id: 'cannot-see', next: { route: 'find-registered-imeis' } },
    ],
  },
} as const satisfies Record<QuestionId, Question>;

/** The options of one question, by id: what i18n must word for it. */
export type OptionId<Q extends QuestionId> = (typeof QUESTIONS)[Q]['options'][number]['id'];

export const PROBLEM_ROUTES: Readonly<Record<ProblemRouteId, ProblemRoute>> = {
  'wrong-imei-ticket': { id: 'wrong-imei-ticket', channels: ['site'], appLinks: ['imei-check', 'new-ticket'] },
  'add-device': { id: 'add-device', channels: ['site'], appLinks: [] },
  'swap-sims-back': { id: 'swap-sims-back', channels: ['sms-7777'], appLinks: [] },
  'ownership-transfer': { id: 'ownership-transfer', channels: ['site', 'ussd-7777'], appLinks: [] },
  'second-hand': { id: 'second-hand', channels: ['sms-7777', 'site', 'ussd-7777'], appLinks: ['imei-check'] },
  'repair-registration': { id: 'repair-registration', channels: ['site'], appLinks: [] },
  'all-imeis-differ': { id: 'all-imeis-differ', channels: ['sms-7777', 'site'], appLinks: ['imei-check'] },
  'imeis-match': { id: 'imeis-match', channels: ['sms-7777'], appLinks: ['verdict-guide'] },
  'find-registered-imeis': { id: 'find-registered-imeis', channels: ['site', 'sms-7777'], appLinks: ['imei-check'] },
  traveller: { id: 'traveller', channels: ['site'], appLinks: [] },
  'warning-sms': { id: 'warning-sms', channels: ['site'], appLinks: ['verdict-guide'] },
  'activation-code': { id: 'activation-code', channels: ['site'], appLinks: [] },
  'login-code': { id: 'login-code', channels: ['site'], appLinks: [] },
};

/** One answered question on the way through the guide. */
type Step = { readonly question: QuestionId; readonly option: string };

export type Walk = {
  /** The questions answered so far, in order, with the option chosen. */
  readonly steps: readonly Step[];
  /** The question to ask now; null once an answer is reached. */
  readonly next: Question | null;
  /** The answer reached; null while a question is still open. */
  readonly route: ProblemRoute | null;
};

function questionOf(id: QuestionId): Question {
  return QUESTIONS[id];
}

/**
 * Follows the answers (option ids, in the order the questions were asked) from the
 * first question. Answers come from an address the user can edit, so anything
 * unknown stops the walk at the question it failed to answer, and answers left
 * over once an answer is reached are ignored. Never throws.
 */
export function walk(answers: readonly string[]): Walk {
  const steps: Step[] = [];
  let question = questionOf(FIRST_QUESTION);
  // Each answer moves one question down; the guide has no cycles (a unit test holds it),
  // and the bound keeps a bad edit of the data from hanging the screen.
  for (let index = 0; index <= QUESTION_IDS.length; index += 1) {
    const answer = answers[index];
    const option = question.options.find((candidate) => candidate.id === answer);
    if (option === undefined) return { steps, next: question, route: null };
    steps.push({ question: question.id, option: option.id });
    if ('route' in option.next) return { steps, next: null, route: PROBLEM_ROUTES[option.next.route] };
    question = questionOf(option.next.question);
  }
  return { steps, next: question, route: null };
}

/** The question to ask after these answers, or null once they reach an answer. */
export function nextQuestion(answers: readonly string[]): Question | null {
  return walk(answers).next;
}

/** Where these answers lead, or null while a question is still open. */
export function route(answers: readonly string[]): ProblemRoute | null {
  return walk(answers).route;
}
