// The "What is happening to your phone?" guide: every answer routes where Hamta's guidance says, and the data holds together.
import { describe, expect, it } from 'vitest';
import {
  FIRST_QUESTION,
  HAMTA_CHANNELS,
  PROBLEM_ROUTE_IDS,
  PROBLEM_ROUTES,
  QUESTION_IDS,
  QUESTIONS,
  nextQuestion,
  route,
  walk,
  type ProblemRouteId,
  type Question,
  type QuestionId,
} from '@/domain/otherProblems';

const ALL_QUESTIONS: readonly Question[] = QUESTION_IDS.map((id) => QUESTIONS[id]);

/** Every path of answers from the first question to an answer, found by walking the data. */
function allPaths(): { answers: string[]; route: ProblemRouteId }[] {
  const found: { answers: string[]; route: ProblemRouteId }[] = [];
  const visit = (id: QuestionId, answers: string[], seen: Set<QuestionId>): void => {
    if (seen.has(id)) throw new Error(`cycle through ${id}`);
    for (const option of QUESTIONS[id].options) {
      const next = [...answers, option.id];
      if ('route' in option.next) found.push({ answers: next, route: option.next.route });
      else visit(option.next.question, next, new Set([...seen, id]));
    }
  };
  visit(FIRST_QUESTION, [], new Set());
  return found;
}

describe('routing the answers of the other-problems guide', () => {
  it('starts by asking what is happening to the phone', () => {
    expect(nextQuestion([])?.id).toBe('situation');
    expect(route([])).toBeNull();
  });

  it('sends a warning SMS with a cut-off date straight to the warning-SMS answer', () => {
    expect(route(['warning-sms'])?.id).toBe('warning-sms');
    expect(nextQuestion(['warning-sms'])).toBeNull();
  });

  it('sends a sealed phone without an activation code to the activation-code answer', () => {
    expect(route(['sealed-phone'])?.id).toBe('activation-code');
  });

  it('sends a missing login code to the answer about using another phone', () => {
    expect(route(['no-login-code'])?.id).toBe('login-code');
  });

  it('sends a traveller, a second-hand phone and a repaired phone to their own answers', () => {
    expect(route(['traveller'])?.id).toBe('traveller');
    expect(route(['second-hand'])?.id).toBe('second-hand');
    expect(route(['repaired'])?.id).toBe('repair-registration');
  });

  it('asks whose SIM is in the phone when a SIM has no service', () => {
    expect(route(['no-service'])).toBeNull();
    expect(nextQuestion(['no-service'])?.id).toBe('whose-sim');
  });

  it('sends SIMs swapped between slots to swapping them back', () => {
    expect(route(['no-service', 'mine-swapped'])?.id).toBe('swap-sims-back');
  });

  it("sends another person's SIM to ownership transfer, which *7777# offers", () => {
    const answer = route(['no-service', 'another-person']);
    expect(answer?.id).toBe('ownership-transfer');
    expect(answer?.channels).toContain('ussd-7777');
  });

  it('sends a phone used before the registry began to "add device" on the site', () => {
    const answer = route(['no-service', 'mine-as-before', 'yes']);
    expect(answer?.id).toBe('add-device');
    expect(answer?.channels).toEqual(['site']);
  });

  it('asks to compare the IMEIs when the phone is newer than the registry or the user is unsure', () => {
    expect(nextQuestion(['no-service', 'mine-as-before', 'no'])?.id).toBe('compare-imeis');
    expect(nextQuestion(['no-service', 'mine-as-before', 'not-sure'])?.id).toBe('compare-imeis');
  });

  it('sends one differing IMEI, or a missing second one, to the wrong-IMEI ticket', () => {
    const oneDiffers = route(['no-service', 'mine-as-before', 'no', 'one-differs']);
    expect(oneDiffers?.id).toBe('wrong-imei-ticket');
    expect(oneDiffers?.appLinks).toContain('new-ticket');
    expect(route(['no-service', 'mine-as-before', 'not-sure', 'hamta-has-one'])?.id).toBe('wrong-imei-ticket');
  });

  it('keeps IMEIs that all differ, or all match, away from the correction ticket', () => {
    expect(route(['no-service', 'mine-as-before', 'no', 'all-differ'])?.id).toBe('all-imeis-differ');
    expect(route(['no-service', 'mine-as-before', 'no', 'all-match'])?.id).toBe('imeis-match');
    expect(route(['no-service', 'mine-as-before', 'no', 'cannot-see'])?.id).toBe('find-registered-imeis');
  });

  it('records each answered question with the option chosen', () => {
    const result = walk(['no-service', 'mine-as-before', 'no']);
    expect(result.steps).toEqual([
      { question: 'situation', option: 'no-service' },
      { question: 'whose-sim', option: 'mine-as-before' },
      { question: 'used-before-registry', option: 'no' },
    ]);
    expect(result.next?.id).toBe('compare-imeis');
  });

  it('stops at the question an unknown answer fails to answer', () => {
    const result = walk(['no-service', 'sideways', 'yes']);
    expect(result.steps).toHaveLength(1);
    expect(result.next?.id).toBe('whose-sim');
    expect(result.route).toBeNull();
  });

  it("does not take one question's option as the answer to another", () => {
    // 'yes' belongs to used-before-registry, not to the first question.
    expect(nextQuestion(['yes'])?.id).toBe('situation');
  });

  it('ignores answers left over once an answer is reached', () => {
    expect(route(['warning-sms', 'no-service', 'mine-swapped'])?.id).toBe('warning-sms');
    expect(walk(['warning-sms', 'no-service']).steps).toHaveLength(1);
  });

  it('survives answers of any shape from an edited address', () => {
    expect(() => walk(['', '   ', '__proto__', 'constructor', 'x'.repeat(10_000)])).not.toThrow();
    expect(nextQuestion(['__proto__'])?.id).toBe('situation');
    expect(nextQuestion(['toString'])?.id).toBe('situation');
  });
});

describe('the data of the other-problems guide', () => {
  it('has no cycle, so every walk ends', () => {
    expect(() => allPaths()).not.toThrow();
  });

  it('reaches every answer from the first question', () => {
    const reached = new Set(allPaths().map((path) => path.route));
    expect([...reached].sort()).toEqual([...PROBLEM_ROUTE_IDS].sort());
  });

  it('routes every path of answers to the answer its last option names', () => {
    for (const path of allPaths()) expect(route(path.answers)?.id).toBe(path.route);
  });

  it('asks every question on some path', () => {
    const asked = new Set<string>([FIRST_QUESTION]);
    for (const question of ALL_QUESTIONS) {
      for (const option of question.options) if ('question' in option.next) asked.add(option.next.question);
    }
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('gives each question options with distinct ids', () => {
    for (const question of ALL_QUESTIONS) {
      const ids = question.options.map((option) => option.id);
      expect(new Set(ids).size, question.id).toBe(ids.length);
      expect(ids.length, question.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('names at least one known Hamta channel in every answer', () => {
    for (const id of PROBLEM_ROUTE_IDS) {
      const answer = PROBLEM_ROUTES[id];
      expect(answer.id).toBe(id);
      expect(answer.channels.length, id).toBeGreaterThan(0);
      for (const channel of answer.channels) expect(HAMTA_CHANNELS).toContain(channel);
    }
  });

  it('keys every question by its own id', () => {
    for (const id of QUESTION_IDS) expect(QUESTIONS[id].id).toBe(id);
  });
});
