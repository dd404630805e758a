// Parts of the app used by few (src/sw/runtimeCaches.ts): out of the precache, cached on first use, kept current by updates.
import type { FirstUsePartName } from '../domain/firstUseParts';
import { fillCache, keepOnly, type CachedFile, type ManifestEntry } from './precache';
import { firstUsePartOf, FIRST_USE_PARTS } from './runtimeCaches';

function pathOf(url: string, base: string): string {
  return new URL(url, base).pathname;
}

/** The build's list, split: what every device precaches, and the files of the parts used by few (absolute URLs). */
export function splitManifest(entries: readonly ManifestEntry[], base: string): { everyone: ManifestEntry[]; firstUse: string[] } {
  const everyone: ManifestEntry[] = [];
  const firstUse: string[] = [];
  for (const entry of entries) {
    const url = typeof entry === 'string' ? entry : entry.url;
    if (firstUsePartOf(pathOf(url, base))) firstUse.push(new URL(url, base).href);
    else everyone.push(entry);
  }
  return { everyone, firstUse };
}

/** A part's files are hashed names: each is its own key. */
function filesOf(urls: readonly string[]): CachedFile[] {
  return urls.map((url) => ({ url, key: url }));
}

/**
 * Puts a part's files of this version in its cache, all or none (a part half there would load without its styles);
 * those already there (same hashed name) are not fetched again.
 */
export async function cachePart(name: FirstUsePartName, firstUse: readonly string[]): Promise<void> {
  const part = FIRST_USE_PARTS.find((candidate) => candidate.name === name);
  if (!part) return;
  await fillCache(await caches.open(part.name), filesOf(firstUse.filter((url) => part.matches(new URL(url).pathname))));
}

/**
 * At install: every part this device has used gets this version's files, before the version takes over,
 * so a kiosk updated online still works offline. A failed fetch fails the install; the browser tries again later.
 */
export async function refreshUsedParts(firstUse: readonly string[]): Promise<void> {
  for (const part of FIRST_USE_PARTS) {
    if (await caches.has(part.name)) await cachePart(part.name, firstUse);
  }
}

/** At activation: files of earlier versions leave the parts' caches. */
export async function pruneUsedParts(firstUse: readonly string[]): Promise<void> {
  for (const part of FIRST_USE_PARTS) {
    if (await caches.has(part.name)) await keepOnly(await caches.open(part.name), filesOf(firstUse));
  }
}

/**
 * A part's file from its cache, else from the network (and kept: this device uses the part). Null: not a part's file.
 * `keep` holds the worker until the copy is written (the fetch event's waitUntil).
 */
export function partResponse(request: Request, keep: (writing: Promise<void>) => void): Promise<Response> | null {
  const part = firstUsePartOf(new URL(request.url).pathname);
  if (!part) return null;
  return (async () => {
    const cache = await caches.open(part.name);
    const cached = await cache.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.status === 200) keep(cache.put(request, response.clone()));
    return response;
  })();
}
