// The worker's precache: every file fetched at install, all or none; a changed file fetched anew; older files and Workbox's cache gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachePart, partResponse, pruneUsedParts, splitManifest } from '@/sw/firstUse';
import { activatePrecache, cachedFiles, installPrecache, PRECACHE, precachedResponse, type ManifestEntry } from '@/sw/precache';
import { installFakeCaches, installFakeServer, type FakeCaches, type FakeServer } from './fakeCaches';

const BASE = 'https://app.test/sw.js';

const VERSION_1: ManifestEntry[] = [
  { url: 'index.html', revision: 'r1' },
  { url: 'favicon.svg', revision: 'f1' },
  { url: 'assets/index-AAAA.js', revision: null },
  { url: 'assets/index-BBBB.css', revision: null },
];

const SERVER_FILES = {
  '/index.html': '<!doctype html>v1',
  '/favicon.svg': '<svg/>',
  '/assets/index-AAAA.js': 'js v1',
  '/assets/index-BBBB.css': 'css',
  '/assets/index-CCCC.js': 'js v2',
  '/assets/kiosk-DDDD.js': 'kiosk v1',
  '/assets/kiosk-EEEE.js': 'kiosk v2',
};

function shellOf(entries: ManifestEntry[]) {
  const files = cachedFiles(entries, BASE);
  const keys = new Map(files.map((file) => [file.url, file.key]));
  return { files, keys, indexKey: keys.get('https://app.test/index.html') };
}

async function textOf(response: Promise<Response> | null): Promise<string | null> {
  return response ? (await response).text() : null;
}

function get(path: string, mode: RequestMode = 'cors'): Request {
  // Node's Request refuses mode 'navigate': a navigation is described by what the worker reads of it.
  const request = new Request(new URL(path, BASE));
  return mode === 'navigate' ? ({ url: request.url, mode, method: 'GET' } as Request) : request;
}

let storage: FakeCaches;
let server: FakeServer;

beforeEach(() => {
  storage = installFakeCaches();
  server = installFakeServer(SERVER_FILES);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('precache', () => {
  it('fetches every file past the HTTP cache at install and serves them, offline too', async () => {
    const shell = shellOf(VERSION_1);
    await installPrecache(shell.files);
    expect(server.fetched.map((fetched) => fetched.url).sort()).toEqual([
      'https://app.test/assets/index-AAAA.js',
      'https://app.test/assets/index-BBBB.css',
      'https://app.test/favicon.svg',
      'https://app.test/index.html',
    ]);
    expect(server.fetched.every((fetched) => fetched.cache === 'reload')).toBe(true);
    // A file with a revision is kept under a key that names it.
    expect(storage.keysOf(PRECACHE)).toContain('https://app.test/index.html?__WB_REVISION__=r1');

    server.failing = new Set(Object.keys(SERVER_FILES));
    expect(await textOf(precachedResponse(get('/assets/index-AAAA.js'), shell.keys, shell.indexKey))).toBe('js v1');
    expect(await textOf(precachedResponse(get('/assets/index-AAAA.js#top'), shell.keys, shell.indexKey))).toBe('js v1');
    // Every in-app address opens from the cached shell; the intake's addresses never do.
    expect(await textOf(precachedResponse(get('/problems/tickets/42', 'navigate'), shell.keys, shell.indexKey))).toBe('<!doctype html>v1');
    expect(await textOf(precachedResponse(get('/share?text=hi', 'navigate'), shell.keys, shell.indexKey))).toBe('<!doctype html>v1');
    expect(precachedResponse(get('/api/tickets', 'navigate'), shell.keys, shell.indexKey)).toBeNull();
    expect(precachedResponse(get('/api/tickets'), shell.keys, shell.indexKey)).toBeNull();
  });

  it('installs all or none: a file that cannot be fetched fails the install and nothing is written', async () => {
    server.failing.add('/assets/index-BBBB.css');
    await expect(installPrecache(shellOf(VERSION_1).files)).rejects.toThrow();
    expect(storage.keysOf(PRECACHE)).toEqual([]);
    server.failing.clear();
    server.files.delete('/favicon.svg');
    await expect(installPrecache(shellOf(VERSION_1).files)).rejects.toThrow(/404/);
    expect(storage.keysOf(PRECACHE)).toEqual([]);
  });

  it('on update fetches only what changed, a changed index.html included, and drops the old files at activation', async () => {
    await installPrecache(shellOf(VERSION_1).files);
    server.fetched.length = 0;
    server.files.set('/index.html', '<!doctype html>v2');
    const version2: ManifestEntry[] = [
      { url: 'index.html', revision: 'r2' },
      { url: 'favicon.svg', revision: 'f1' },
      { url: 'assets/index-CCCC.js', revision: null },
      { url: 'assets/index-BBBB.css', revision: null },
    ];
    const shell = shellOf(version2);
    await installPrecache(shell.files);
    expect(server.fetched.map((fetched) => fetched.url).sort()).toEqual([
      'https://app.test/assets/index-CCCC.js',
      'https://app.test/index.html',
    ]);
    // Until the new version activates, the running one still has its own files.
    expect(storage.keysOf(PRECACHE)).toContain('https://app.test/assets/index-AAAA.js');

    await activatePrecache(shell.files);
    expect(storage.keysOf(PRECACHE).sort()).toEqual(shell.files.map((file) => file.key).sort());
    expect(await textOf(precachedResponse(get('/', 'navigate'), shell.keys, shell.indexKey))).toBe('<!doctype html>v2');
  });

  it('reuses the files of the Workbox build a device updates from, then deletes its cache', async () => {
    const workbox = await caches.open('workbox-precache-v2-https://app.test/');
    await workbox.put('https://app.test/index.html?__WB_REVISION__=r1', new Response('<!doctype html>v1'));
    await workbox.put('https://app.test/assets/index-AAAA.js', new Response('js v1'));
    const shell = shellOf(VERSION_1);
    await installPrecache(shell.files);
    expect(server.fetched.map((fetched) => fetched.url).sort()).toEqual([
      'https://app.test/assets/index-BBBB.css',
      'https://app.test/favicon.svg',
    ]);
    await activatePrecache(shell.files);
    expect([...storage.caches.keys()]).toEqual([PRECACHE]);
    expect(await textOf(precachedResponse(get('/index.html'), shell.keys, shell.indexKey))).toBe('<!doctype html>v1');
  });

  it('answers from the network a file the cache has lost', async () => {
    const shell = shellOf(VERSION_1);
    expect(await textOf(precachedResponse(get('/assets/index-AAAA.js'), shell.keys, shell.indexKey))).toBe('js v1');
  });
});

describe('parts used by few', () => {
  const manifest = splitManifest([...VERSION_1, { url: 'assets/kiosk-DDDD.js', revision: null }], BASE);

  /** A fetch event's request, and the writes it keeps the worker alive for. */
  function fetchEvent(path: string): { answer: Promise<Response> | null; kept: Promise<void>[] } {
    const kept: Promise<void>[] = [];
    return { answer: partResponse(get(path), (writing) => kept.push(writing)), kept };
  }

  it('keeps a part out of the precache, caches it on first use and serves it from then on', async () => {
    expect(manifest.firstUse).toEqual(['https://app.test/assets/kiosk-DDDD.js']);
    expect(fetchEvent('/assets/index-AAAA.js').answer).toBeNull();
    const first = fetchEvent('/assets/kiosk-DDDD.js');
    expect(await textOf(first.answer)).toBe('kiosk v1');
    await Promise.all(first.kept);
    expect(storage.keysOf('kiosk')).toEqual(['https://app.test/assets/kiosk-DDDD.js']);
    server.failing.add('/assets/kiosk-DDDD.js');
    expect(await textOf(fetchEvent('/assets/kiosk-DDDD.js').answer)).toBe('kiosk v1');
  });

  it('keeps a used part current and rids it of older files', async () => {
    await cachePart('kiosk', manifest.firstUse);
    const next = ['https://app.test/assets/kiosk-EEEE.js'];
    await cachePart('kiosk', next);
    await pruneUsedParts(next);
    expect(storage.keysOf('kiosk')).toEqual(next);
  });
});
