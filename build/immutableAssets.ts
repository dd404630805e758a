// The preview server's caching of the built files: a file whose name holds its content's hash never changes.
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Every file in the build's `assets/` folder is named for its content (vite.config.ts), so it may be kept for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Marks the files of `assets/` immutable; index.html, the service worker and the manifest keep their names across
 * versions and stay `no-cache`. A browser then reuses a hashed file it already holds without asking: on a reload, a
 * script the page ran a moment ago comes from memory rather than through the service worker again (the offline reload
 * `npm run bench` times). Only a file that exists is marked: the address of a
 * missing one is answered with something else (a 404, or the app shell), which must not be kept.
 */
export function immutableAssets(): Plugin {
  let assetsDir = '';
  let prefix = '/assets/';
  return {
    name: 'immutable-assets',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
      prefix = `${config.base}${config.build.assetsDir}/`;
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (path.startsWith(prefix)) {
          const file = resolve(assetsDir, `./${safeDecode(path.slice(prefix.length))}`);
          if (file.startsWith(assetsDir + sep) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
            response.setHeader('Cache-Control', IMMUTABLE);
          }
        }
        next();
      });
    },
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
