import { afterEach, describe, expect, it, vi } from 'vitest';
import { intakeKind, probeIntake } from '@/sync/intakeTarget';

function answer(status: number, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : '{}', { status, headers });
}

describe('probeIntake', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks with OPTIONS on the tickets address, which answers without an error status', async () => {
    const send = vi.fn(async () => answer(204, { 'x-intake': 'demo' }));
    await expect(probeIntake(send)).resolves.toBe('demo');
    expect(send).toHaveBeenCalledOnce();
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/api\/tickets$/);
    expect(init.method).toBe('OPTIONS');
  });

  it('takes an intake that answers without the demo mark for a real one', async () => {
    await expect(probeIntake(async () => answer(204))).resolves.toBe('other');
  });

  it('keeps what it knew when the answer is an error or the link is dead', async () => {
    await probeIntake(async () => answer(204, { 'x-intake': 'demo' }));
    await expect(probeIntake(async () => answer(502))).resolves.toBe('demo');
    await expect(
      probeIntake(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).resolves.toBe('demo');
  });

  it('makes no request at all while the browser is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const send = vi.fn(async () => answer(204));
    await expect(probeIntake(send)).resolves.toBe(intakeKind.get());
    expect(send).not.toHaveBeenCalled();
  });
});
