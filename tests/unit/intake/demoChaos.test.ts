// The demo intake's chaos: a share of POSTs fails at random with the chosen status, until it is turned off or reset.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoSubmission, type DemoCase } from '@/domain/registry';
import { DemoControls } from '@/intake/demoControls';
import { loadDemoRegistry } from '@/intake/registryStore';
import { startTestIntake, useTestIntake } from './testIntake';

/** Dice that roll the given values in turn, then start again. */
function dice(...rolls: number[]): () => number {
  let next = 0;
  return () => rolls[next++ % rolls.length] ?? 0;
}

describe('DemoControls chaos', () => {
  it('fails exactly the POSTs whose roll falls under the rate, with the chosen status', () => {
    const controls = new DemoControls(0, dice(0.1, 0.5, 0.29, 0.3, 0.99));
    controls.setChaos({ failRate: 0.3, status: 503 });
    const faults = Array.from({ length: 5 }, () => controls.takeFault());
    expect(faults.map((fault) => fault?.status ?? null)).toEqual([503, null, 503, null, null]);
    expect(faults[0]).toEqual({ failNext: 1, status: 503, respond: 'status' });
  });

  it('lets a pending fault go first, then rolls again', () => {
    const controls = new DemoControls(0, dice(0));
    controls.setChaos({ failRate: 0.5, status: 500 });
    controls.setFault({ failNext: 1, status: 503, respond: 'drop' });
    expect(controls.takeFault()?.respond).toBe('drop');
    expect(controls.takeFault()).toEqual({ failNext: 1, status: 500, respond: 'status' });
  });

  it('is off at a rate of 0 and after a reset', () => {
    const controls = new DemoControls(0, dice(0));
    controls.setChaos({ failRate: 1, status: 503 });
    expect(controls.takeFault()).not.toBeNull();
    controls.setChaos({ failRate: 0, status: 503 });
    expect(controls.takeFault()).toBeNull();
    controls.setChaos({ failRate: 1, status: 503 });
    controls.reset();
    expect(controls.takeFault()).toBeNull();
  });
});

describe('POST /api/__demo/chaos', () => {
  const server = useTestIntake();
  const demoCase = (loadDemoRegistry() as unknown as { cases: DemoCase[] }).cases[0];

  function chaos(body: string): Promise<Response> {
    return fetch(`${server.url}/api/__demo/chaos`, { method: 'POST', body });
  }

  async function postTicket(): Promise<{ id: string; status: number }> {
    if (!demoCase) throw new Error('the demo registry has no cases');
    const submission = demoSubmission(demoCase, randomUUID(), new Date().toISOString());
    const response = await fetch(`${server.url}/api/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
      body: JSON.stringify(submission),
    });
    await response.body?.cancel();
    return { id: submission.id, status: response.status };
  }

  it('refuses a rate outside 0 to 1 and a status that is not an error', async () => {
    expect((await chaos('{"failRate":1.5}')).status).toBe(400);
    expect((await chaos('{"failRate":0.3,"status":200}')).status).toBe(400);
    expect((await chaos('{}')).status).toBe(400);
  });

  it('at a rate of 1 fails every POST with 503 by default (counted in the stats), and a reset ends it', async () => {
    expect((await chaos('{"failRate":1}')).status).toBe(200);
    const failed = await postTicket();
    expect(failed.status).toBe(503);
    const stats = (await (await fetch(`${server.url}/api/__demo/stats?id=${failed.id}`)).json()) as {
      answers: number[];
      received: boolean;
    };
    expect(stats).toMatchObject({ answers: [503], received: false });

    await fetch(`${server.url}/api/__demo/reset`, { method: 'POST' });
    expect((await postTicket()).status).toBe(201);
  });

  it('does not exist without INTAKE_DEMO', async () => {
    const plain = await startTestIntake({ db: server.db, demo: false });
    try {
      expect((await fetch(`${plain.url}/api/__demo/chaos`, { method: 'POST', body: '{"failRate":1}' })).status).toBe(404);
      expect((await fetch(`${plain.url}/api/tickets`, { method: 'POST', body: '{}' })).status).toBe(400);
    } finally {
      await plain.stop();
    }
  });
});
