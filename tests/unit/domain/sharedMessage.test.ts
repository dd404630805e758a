// A text shared into the app: verdict, warning SMS or neither; the scam check; empty, huge and HTML texts.
import { describe, expect, it } from 'vitest';
import { readSharedMessage, sharedText } from '@/domain/sharedMessage';
import { MAX_SCANNED_CHARS } from '@/domain/verdictText';
import { VERDICTS } from '@/domain/verdicts';

const ZWNJ = '\u200c';
const NOT_OWNER = `درخواست شما بررسی و رد گردیده است (شناسه دستگاه (IMEI) متعلق به شما نمی${ZWNJ}باشد)`;
const ILLEGAL_SMS =
  'HAMTA: The device with IMEI 356938035643809 is an illegal device and is not registered. Its service will be cut off on 2026-01-10.';
const SCAM = '09121234567\nهمتا: گوشی شما ثبت نشده و قطع خواهد شد. برای ثبت IMEI مبلغ ۵۰ هزار تومان در hamta-sabt.ir پرداخت کنید.';

describe('sharedText', () => {
  it('joins title and text, without repeating a title the text starts with', () => {
    expect(sharedText('HAMTA', 'your request')).toBe('HAMTA\nyour request');
    expect(sharedText('HAMTA', 'HAMTA: your request')).toBe('HAMTA: your request');
    expect(sharedText(null, 'only text')).toBe('only text');
    expect(sharedText('only title', '')).toBe('only title');
    expect(sharedText(null, null)).toBe('');
  });
});

describe('readSharedMessage', () => {
  it('recognises each of the eight verdicts, whole or bracket only', () => {
    for (const verdict of VERDICTS) {
      expect(readSharedMessage(verdict.message).recognised).toEqual({ kind: 'verdict', verdict: verdict.id });
      if (verdict.reason) expect(readSharedMessage(verdict.reason).recognised).toEqual({ kind: 'verdict', verdict: verdict.id });
    }
  });

  it('takes a warning SMS for a warning even where a verdict phrase appears in it', () => {
    expect(readSharedMessage(ILLEGAL_SMS).recognised).toEqual({ kind: 'warning', warning: 'illegal-device' });
  });

  it('takes an answer to a request for a verdict, even when it mentions ownership', () => {
    expect(readSharedMessage(`همتا: ${NOT_OWNER} برای انتقال مالکیت به کارتابل مالک بروید.`).recognised).toEqual({
      kind: 'verdict',
      verdict: 'not-owner',
    });
  });

  it('checks for a scam whatever the text is', () => {
    const read = readSharedMessage(SCAM);
    expect(read.scam.suspicious).toBe(true);
    expect(read.scam.reasons).toEqual(expect.arrayContaining(['asks-for-money', 'sender-not-hamta', 'look-alike-link']));
  });

  it('says none for anything else', () => {
    expect(readSharedMessage('hello, see you tomorrow').recognised).toEqual({ kind: 'none' });
  });

  it('reports no text, a huge text and HTML, and never throws', () => {
    expect(readSharedMessage('').problems).toEqual(['empty']);
    expect(readSharedMessage(' \n ').recognised).toEqual({ kind: 'none' });
    const huge = readSharedMessage(`${NOT_OWNER} ${'x'.repeat(1024 * 1024)}`);
    expect(huge.problems).toEqual(['too-long']);
    expect(huge.text.length).toBe(MAX_SCANNED_CHARS);
    expect(huge.recognised).toEqual({ kind: 'verdict', verdict: 'not-owner' });
    const html = readSharedMessage(`<div onclick="x()"><b>${NOT_OWNER}</b></div><script>alert(1)</script>`);
    expect(html.problems).toEqual(['html']);
    expect(html.recognised).toEqual({ kind: 'verdict', verdict: 'not-owner' });
    expect(readSharedMessage(undefined as unknown as string).problems).toEqual(['empty']);
  });
});
