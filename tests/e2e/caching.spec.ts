// How long a browser may keep each file the server sends: the build's hashed files for a year, the rest never unasked.
import { expect, test } from '@playwright/test';

test('files named for their content are kept a year; the page, the worker and the manifest are asked for again', async ({ request }) => {
  const page = await (await request.get('/')).text();
  const hashed = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
  // The entry script and the stylesheet; then a file the entry loads later, and a font.
  expect(hashed).toHaveLength(2);
  const entry = hashed.find((path) => path.endsWith('.js')) ?? '';
  const later = /["`]\.\/(boot-[\w-]+\.js)["`]/.exec(await (await request.get(entry)).text())?.[1];
  expect(later).toBeDefined();
  const stylesheet = hashed.find((path) => path.endsWith('.css')) ?? '';
  const font = /url\((\/assets\/[^)]+\.woff2)\)/.exec(await (await request.get(stylesheet)).text())?.[1];
  expect(font).toBeDefined();
  for (const path of [...hashed, `/assets/${later}`, font ?? '']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }

  // Same name, new content at every version: never kept without asking.
  for (const path of ['/', '/?lang=en', '/index.html', '/sw.js', '/manifest.webmanifest', '/favicon.png', '/robots.txt']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  // An address in the folder that holds no file is answered with the app shell, which must not be kept.
  const missing = await request.get('/assets/index-000000.js');
  expect(missing.headers()['cache-control']).toBe('no-cache');
});
