// The production build's chunks: what every device precaches runs offline by itself, the parts used by few stay apart.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadScripts, precacheHoles, precacheUrls, splitPrecache, staticImports } from '../../../bench/budget/sizes';

const outDir = mkdtempSync(join(tmpdir(), 'imei-build-'));
let urls: string[] = [];

describe('the build', () => {
  beforeAll(async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    urls = precacheUrls(readFileSync(join(outDir, 'sw.js'), 'utf8'));
  }, 180_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('precaches every script the first page loads', () => {
    const { everyone } = splitPrecache(urls);
    const first = firstLoadScripts(readFileSync(join(outDir, 'index.html'), 'utf8')).map((src) => src.replace(/^\//, ''));
    expect(first.length).toBeGreaterThan(0);
    for (const script of first) expect(everyone).toContain(script);
  });

  it('never lets a script every device precaches import, statically, one it does not (it would fail offline)', () => {
    expect(precacheHoles(outDir, splitPrecache(urls).everyone)).toEqual([]);
  });

  it('has no cycle of static imports between scripts (one would run a module before the modules it needs)', () => {
    const folder = join(outDir, 'assets');
    const scripts = readdirSync(folder).filter((name) => name.endsWith('.js'));
    const imports = new Map(
      scripts.map((name) => [name, staticImports(readFileSync(join(folder, name), 'utf8')).map((path) => path.slice(2))]),
    );
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (name: string, path: string[]): void => {
      if (path.includes(name)) {
        cycles.push([...path.slice(path.indexOf(name)), name].join(' → '));
        return;
      }
      if (done.has(name)) return;
      for (const next of imports.get(name) ?? []) visit(next, [...path, name]);
      done.add(name);
    };
    for (const name of scripts) visit(name, []);
    expect(scripts.length).toBeGreaterThan(10);
    expect(cycles).toEqual([]);
  });

  it('keeps kiosk mode and the barcode reader out of what every device precaches', () => {
    const { firstUse } = splitPrecache(urls);
    expect(firstUse.some((url) => /^assets\/kiosk-[^/]+\.js$/.test(url))).toBe(true);
    expect(firstUse.some((url) => /^assets\/barcode-reader-[^/]+\.js$/.test(url))).toBe(true);
    expect(firstUse.some((url) => url.endsWith('.wasm'))).toBe(true);
  });

  it('finds a hole where there is one', () => {
    const { everyone, firstUse } = splitPrecache(urls);
    const kioskScript = firstUse.find((url) => /^assets\/kiosk-[^/]+\.js$/.test(url)) ?? '';
    // The kiosk chunk imports shared chunks; counted as precached with them missing, it has holes.
    expect(precacheHoles(outDir, [kioskScript, ...everyone.filter((url) => !url.includes('schemas-'))])).not.toEqual([]);
  });
});
