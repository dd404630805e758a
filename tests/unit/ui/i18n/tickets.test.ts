// The ticket history's words: every delivery detail code the app produces is worded in both languages.
import { describe, expect, test } from 'vitest';
import { DELIVERY_DETAILS, httpDetail } from '@/domain/deliveryDetail';
import { judgeAnswer } from '@/domain/delivery';
import { LANGS } from '@/domain/schemas';
import { DETAIL_WORDS, historyDetail } from '@/ui/i18n/tickets';

describe('historyDetail', () => {
  test.each(LANGS)('every delivery detail code has words in %s', (lang) => {
    for (const code of DELIVERY_DETAILS) {
      expect(DETAIL_WORDS[lang].codes[code].trim(), `${lang}: ${code}`).not.toBe('');
      expect(historyDetail(code, lang)).toBe(DETAIL_WORDS[lang].codes[code]);
    }
  });

  test('only the codes the delivery produces are worded', () => {
    for (const lang of LANGS) expect(Object.keys(DETAIL_WORDS[lang].codes).sort()).toEqual([...DELIVERY_DETAILS].sort());
  });

  test('the answers a filter or proxy gives are worded, not shown as codes', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const answers = [
      judgeAnswer(id, { status: 302, redirected: false, body: '', retryAfter: null }),
      judgeAnswer(id, { status: 200, redirected: false, body: null, retryAfter: null }),
      judgeAnswer(id, { status: 200, redirected: false, body: '<html></html>', retryAfter: null }),
    ];
    for (const answer of answers) {
      if (answer.kind === 'delivered') throw new Error('not a failed attempt');
      for (const lang of LANGS) expect(historyDetail(answer.detail, lang)).not.toBe(answer.detail);
    }
    expect(historyDetail('redirect', 'en')).toBe('the request was redirected elsewhere; trying again');
    expect(historyDetail('not-found', 'en')).toBe('the intake did not know this ticket; sending it again');
  });

  test('an HTTP status is worded with its number', () => {
    expect(historyDetail(httpDetail(503), 'en')).toBe('the intake answered 503');
    expect(historyDetail(httpDetail(503), 'fa')).toContain('503');
    expect(historyDetail(httpDetail(503), 'fa')).not.toBe('http-503');
  });

  test('a code of no known kind (an older version of the app wrote it) is shown as it is', () => {
    expect(historyDetail('something-else', 'en')).toBe('something-else');
  });
});
