// Parts of the app used by few (src/sw/runtimeCaches.ts): out of the precache, cached on first use, kept current by updates.
import type { FirstUsePartName } from '../domain/firstUseParts';
import { firstUsePartOf, FIRST_USE_PARTS } from './runtimeCaches';

export type ManifestEntry = string | { url: string; revision: string | null };

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

/**
 * Puts a part's files of this version in its cache, all or none (a part half there would load without its styles);
 * those already there (same hashed name) are not fetched again.
 */
export async function cachePart(name: FirstUsePartName, firstUse: readonly string[]): Promise<void> {
  const part = FIRST_USE_PARTS.find((candidate) => candidate.name === name);
  if (!part) return;
  const cache = await caches.open(part.name);
  const missing: string[] = [];
  for (const url of firstUse) {
    if (part.matches(new URL(url).pathname) && !(await cache.match(url))) missing.push(url);
  }
  if (missing.length > 0) await cache.addAll(missing);
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
  const current = new Set(firstUse);
  for (const part of FIRST_USE_PARTS) {
    if (!(await caches.has(part.name))) continue;
    const cache = await caches.open(part.name);
    for (const request of await cache.keys()) {
      if (!current.has(request.url)) await cache.delete(request);
    }
  }
}
