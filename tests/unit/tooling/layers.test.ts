// The layers of src/ are lint rules: an import against the direction of dependency fails `npm run lint`.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('layer rules', () => {
  // ESLint loads its config and the TypeScript parser on the first call: seconds on a busy machine.
  beforeAll(async () => {
    await eslint.lintText('export {};\n', { filePath: 'src/domain/warm-up.ts' });
  }, 120_000);

  it.each([
    ['src/domain/probe.ts', "import { h } from 'preact';"],
    ['src/domain/probe.ts', "import Dexie from 'dexie';"],
    ['src/domain/probe.ts', "import { Queue } from 'workbox-background-sync';"],
    ['src/domain/probe.ts', "import { getDb } from '../data/storage';"],
    ['src/data/probe.ts', "import { App } from '../ui/App';"],
    ['src/data/probe.ts', "import { syncNow } from '../sync/outbox';"],
    ['src/sync/probe.ts', "import { App } from '../ui/App';"],
    ['src/sw/probe.ts', "import { getDb } from '../data/storage';"],
    ['src/intake/probe.ts', "import { getDb } from '@/data/storage';"],
    ['src/intake/nested/probe.ts', "import { App } from '../../ui/App';"],
  ])('%s may not run %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\n`)).toBe(1);
  });

  it.each([
    ['src/data/probe.ts', "import { parseImei } from '../domain/imei';"],
    ['src/sync/probe.ts', "import { getDb } from '../data/storage';"],
    ['src/sw/probe.ts', "import { RETENTION_MS } from '../domain/delivery';"],
    ['src/ui/probe.ts', "import { syncNow } from '../sync/outbox';"],
    ['src/main.tsx', "import { App } from './ui/App';"],
  ])('%s may run %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\n`)).toBe(0);
  });
});
