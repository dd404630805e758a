// What a receipt may show: a short reference, IMEIs with their last four digits, the phone number with its last three.
import { describe, expect, it } from 'vitest';
import { maskImei, maskPhone, ticketReference } from '@/domain/receipt';

describe('the receipt', () => {
  it('gives a short reference from the ticket id that cannot stand for the id', () => {
    expect(ticketReference('3f9a07c2-1b4d-4e8a-9f00-123456789abc')).toBe('3F9A-07C2');
  });

  it('masks an IMEI but its last four digits, and a phone number but its last three', () => {
    expect(maskImei('356938035643809')).toBe('•••••••••••3809');
    expect(maskPhone('09120000123')).toBe('••••••••123');
    expect(maskImei('12')).toBe('••');
  });
});
