// What a browser downloads, read from the build: first-load JavaScript, the worker, everything precached.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Level 6: zlib's default, what Node's and most web servers' gzip use. */
const GZIP_LEVEL = 6;

export type BuildSizes = {
  /** The entry script and every module it preloads, as index.html lists them. */
  firstLoadFiles: Array<{ file: string; gzipBytes: number }>;
  firstLoadGzipBytes: number;
  workerGzipBytes: number;
  precacheBytes: number;
  precacheFiles: number;
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

export function measureBuild(outDir: string): BuildSizes {
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  const firstLoadFiles = firstLoadScripts(indexHtml).map((src) => ({
    file: src.replace(/^\//, ''),
    gzipBytes: gzipBytes(join(outDir, src.replace(/^\//, ''))),
  }));
  const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const urls = precacheUrls(worker);
  if (urls.length === 0) throw new Error(`no precache manifest found in ${outDir}/sw.js`);
  return {
    firstLoadFiles,
    firstLoadGzipBytes: firstLoadFiles.reduce((sum, entry) => sum + entry.gzipBytes, 0),
    workerGzipBytes: gzipBytes(join(outDir, 'sw.js')),
    precacheBytes: urls.reduce((sum, url) => sum + statSync(join(outDir, url)).size, 0),
    precacheFiles: urls.length,
  };
}
