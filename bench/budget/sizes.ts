// What a browser downloads, read from the build: first-load JavaScript, the worker, what every device precaches.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstUsePartOf } from '../../src/sw/runtimeCaches';

/** Level 6: zlib's default, what Node's and most web servers' gzip use. */
const GZIP_LEVEL = 6;

export type BuildSizes = {
  /** The entry script and every module it preloads, as index.html lists them. */
  firstLoadFiles: Array<{ file: string; gzipBytes: number }>;
  firstLoadGzipBytes: number;
  workerGzipBytes: number;
  /** What every device precaches: the build's list without the parts used by few. */
  precacheBytes: number;
  precacheFiles: number;
  /** The parts used by few (kiosk mode, the barcode reader), cached only where used. */
  firstUseBytes: number;
};

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: GZIP_LEVEL }).length;
}

/** The scripts a first visit loads before anything is drawn: the module entry and its modulepreloads. */
export function firstLoadScripts(indexHtml: string): string[] {
  const entries = [...indexHtml.matchAll(/<script\b[^>]*type="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  const preloads = [...indexHtml.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...entries, ...preloads].filter((src) => src !== '');
}

/** The URLs of the worker's precache manifest, as the build injected them into sw.js. */
export function precacheUrls(workerSource: string): string[] {
  return [...workerSource.matchAll(/\{"revision":(?:"[^"]*"|null),"url":"([^"]+)"\}/g)].map((match) => match[1] ?? '');
}

/** The manifest split as the worker splits it (src/sw/firstUse.ts): every device's files, and the parts used by few. */
export function splitPrecache(urls: readonly string[]): { everyone: string[]; firstUse: string[] } {
  const isFirstUse = (url: string): boolean => firstUsePartOf(`/${url.replace(/^\//, '')}`) !== undefined;
  return { everyone: urls.filter((url) => !isFirstUse(url)), firstUse: urls.filter(isFirstUse) };
}

/** Scripts this script imports statically (the browser fetches them before running it). */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/**
 * Scripts every device precaches that import, statically, one it does not: such a script would fail offline.
 * Each as "importer → imported", paths relative to the build folder.
 */
export function precacheHoles(outDir: string, everyone: readonly string[]): string[] {
  const precached = new Set(everyone.map((url) => url.replace(/^\//, '')));
  const holes: string[] = [];
  for (const url of precached) {
    if (!url.endsWith('.js')) continue;
    const folder = url.slice(0, url.lastIndexOf('/') + 1);
    for (const imported of staticImports(readFileSync(join(outDir, url), 'utf8'))) {
      const path = folder + imported.slice(2);
      if (!precached.has(path)) holes.push(`${url} → ${path}`);
    }
  }
  return holes;
}

export function measureBuild(outDir: string): BuildSizes {
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  const firstLoadFiles = firstLoadScripts(indexHtml).map((src) => ({
    file: src.replace(/^\//, ''),
    gzipBytes: gzipBytes(join(outDir, src.replace(/^\//, ''))),
  }));
  const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const urls = precacheUrls(worker);
  if (urls.length === 0) throw new Error(`no precache manifest found in ${outDir}/sw.js`);
  const { everyone, firstUse } = splitPrecache(urls);
  const bytes = (list: readonly string[]): number => list.reduce((sum, url) => sum + statSync(join(outDir, url)).size, 0);
  return {
    firstLoadFiles,
    firstLoadGzipBytes: firstLoadFiles.reduce((sum, entry) => sum + entry.gzipBytes, 0),
    workerGzipBytes: gzipBytes(join(outDir, 'sw.js')),
    precacheBytes: bytes(everyone),
    precacheFiles: everyone.length,
    firstUseBytes: bytes(firstUse),
  };
}
