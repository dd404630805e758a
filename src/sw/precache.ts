// The app shell every device keeps (the build's precache list): fetched at install, all or none; served offline; older files dropped at activation.

/** An entry of the build's list (`self.__WB_MANIFEST`): a hashed name needs no revision, index.html and the like have one. */
export type ManifestEntry = string | { url: string; revision: string | null };

/** A file to keep, and the key it is cached under. */
export type CachedFile = { url: string; key: string };

/**
 * One cache for every version: a new version's files go in beside the old ones, so the version still running keeps
 * what it serves until the new one activates.
 */
export const PRECACHE = 'precache-v1';

/** Workbox's precache, on a device updating from a build that used it: its files are reused, then it goes. */
const WORKBOX_PRECACHE_PREFIX = 'workbox-precache-v2-';

/**
 * A file with a revision (index.html, the manifest, the favicon keep their URL when they change) is cached under a key
 * that names it. Workbox's parameter: a device updating from a Workbox build finds those files under the same keys.
 */
const REVISION_PARAM = '__WB_REVISION__';

export function cachedFiles(entries: readonly ManifestEntry[], base: string): CachedFile[] {
  return entries.map((entry) => {
    const url = new URL(typeof entry === 'string' ? entry : entry.url, base);
    const key = new URL(url);
    if (typeof entry !== 'string' && entry.revision) key.searchParams.set(REVISION_PARAM, entry.revision);
    return { url: url.href, key: key.href };
  });
}

async function fetchFile(url: string): Promise<Response> {
  // 'reload': past the HTTP cache, which may still hold the previous index.html.
  const response = await fetch(url, { cache: 'reload' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  // A redirected response may not answer a navigation: keep its body and headers only.
  return response.redirected ? new Response(await response.blob(), { headers: response.headers }) : response;
}

/**
 * Puts the files missing from `cache` in it, all or none: nothing is written unless every file was got. A file some
 * cache already holds under its key (an earlier version's, Workbox's) is copied, not fetched again.
 */
export async function fillCache(cache: Cache, files: readonly CachedFile[]): Promise<void> {
  const present = await Promise.all(files.map((file) => cache.match(file.key)));
  const missing = files.filter((_, index) => !present[index]);
  const got = await Promise.all(
    missing.map(async (file) => ({ key: file.key, response: (await caches.match(file.key)) ?? (await fetchFile(file.url)) })),
  );
  await Promise.all(got.map(({ key, response }) => cache.put(key, response)));
}

/** Drops from `cache` every file `files` does not name. */
export async function keepOnly(cache: Cache, files: readonly CachedFile[]): Promise<void> {
  const current = new Set(files.map((file) => file.key));
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
}

/** At install: this version's shell, before it can take over. A failed fetch fails the install; the browser tries again later. */
export async function installPrecache(files: readonly CachedFile[]): Promise<void> {
  await fillCache(await caches.open(PRECACHE), files);
}

/** At activation: earlier versions' files go, and Workbox's precache with them. */
export async function activatePrecache(files: readonly CachedFile[]): Promise<void> {
  await keepOnly(await caches.open(PRECACHE), files);
  for (const name of await caches.keys()) {
    if (name.startsWith(WORKBOX_PRECACHE_PREFIX)) await caches.delete(name);
  }
}

/**
 * Answers a precached file from the cache, and a navigation (every in-app address: a verdict's deep link, a draft,
 * the share target) with the cached shell; the network when the cache has lost it. Null: not the precache's request.
 */
export function precachedResponse(
  request: Request,
  keys: ReadonlyMap<string, string>,
  shellKey: string | undefined,
): Promise<Response> | null {
  const url = new URL(request.url);
  url.hash = '';
  const navigation = request.mode === 'navigate' && !url.pathname.startsWith('/api/');
  const key = keys.get(url.href) ?? (navigation ? shellKey : undefined);
  if (!key) return null;
  return (async () => (await caches.match(key, { cacheName: PRECACHE })) ?? fetch(request))();
}
