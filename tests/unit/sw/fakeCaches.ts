// Cache Storage and the network for the worker's caching code under Node: caches in memory, and a server that counts its fetches.
import { vi } from 'vitest';

function urlOf(request: RequestInfo | URL): string {
  return typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
}

class MemoryCache {
  readonly files = new Map<string, Response>();

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    return this.files.get(urlOf(request))?.clone();
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.files.set(urlOf(request), response.clone());
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.files.delete(urlOf(request));
  }

  async keys(): Promise<Request[]> {
    return [...this.files.keys()].map((url) => new Request(url));
  }
}

export type FakeCaches = { caches: Map<string, MemoryCache>; keysOf(name: string): string[] };

/** Puts an empty Cache Storage in `globalThis.caches`; vi.unstubAllGlobals() takes it away. */
export function installFakeCaches(): FakeCaches {
  const stored = new Map<string, MemoryCache>();
  const storage = {
    async open(name: string): Promise<MemoryCache> {
      const cache = stored.get(name) ?? new MemoryCache();
      stored.set(name, cache);
      return cache;
    },
    has: async (name: string): Promise<boolean> => stored.has(name),
    delete: async (name: string): Promise<boolean> => stored.delete(name),
    keys: async (): Promise<string[]> => [...stored.keys()],
    async match(request: RequestInfo | URL, options?: { cacheName?: string }): Promise<Response | undefined> {
      for (const [name, cache] of stored) {
        if (options?.cacheName !== undefined && options.cacheName !== name) continue;
        const found = await cache.match(request);
        if (found) return found;
      }
      return undefined;
    },
  };
  vi.stubGlobal('caches', storage);
  return { caches: stored, keysOf: (name) => [...(stored.get(name)?.files.keys() ?? [])] };
}

export type FakeServer = { fetched: Array<{ url: string; cache?: RequestCache }>; files: Map<string, string>; failing: Set<string> };

/** A server answering `files` (path → body), 404 for the rest, and a network error for the paths in `failing`. */
export function installFakeServer(files: Record<string, string>): FakeServer {
  const server: FakeServer = { fetched: [], files: new Map(Object.entries(files)), failing: new Set() };
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(urlOf(input));
    server.fetched.push({ url: url.href, cache: init?.cache });
    if (server.failing.has(url.pathname)) throw new TypeError('Failed to fetch');
    const body = server.files.get(url.pathname);
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(body, { status: 200 });
  });
  return server;
}
