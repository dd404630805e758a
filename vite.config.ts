// Build of the app, its service worker (injectManifest) and the web app manifest.
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { demoIntakePlugin } from './src/intake/vitePlugin';
import { contentSecurityPolicyHeader, contentSecurityPolicyMeta } from './build/contentSecurityPolicy';
import { immutableAssets } from './build/immutableAssets';
import { BARCODE_READER_CHUNK, KIOSK_CHUNK, MEMORY_DB_CHUNK } from './src/sw/runtimeCaches';

export default defineConfig(({ mode }) => {
  const { VITE_INTAKE_URL: intakeUrl } = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      preact(),
      contentSecurityPolicyMeta(intakeUrl),
      immutableAssets(),
      // Bytes every device would precache for nothing: index.html's comments (for its readers), the blanks between
      // its tags and the slashes of its empty elements, and the padded `/* empty css */` comment Vite leaves where a chunk's only import was a stylesheet.
      {
        name: 'trim-build-output',
        apply: 'build',
        enforce: 'post',
        generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string; source?: unknown }>) {
          for (const file of Object.values(bundle)) {
            if (file.type === 'chunk' && file.code) file.code = file.code.replace(/\/\* empty css\s*\*\/\s*/g, '');
            if (file.fileName === 'index.html' && typeof file.source === 'string') {
              file.source = file.source
                .replace(/<!--[\s\S]*?-->/g, '')
                .replace(/>\s+</g, '><')
                .replace(/\s*\/>/g, '>')
                .trim();
            }
          }
        },
      },
      // The entry script holds the first paint. Without it Chromium may paint the empty page while the script is still
      // on its way from the worker: a frame of style, layout and paint nobody needs, just before the screen's own.
      {
        name: 'entry-blocks-render',
        apply: 'build',
        transformIndexHtml: {
          order: 'post',
          handler: (html: string) => {
            const entry = /<script type="module" crossorigin src="[^"]+">/;
            if (!entry.test(html)) throw new Error('the built index.html has no entry script to hold its first paint');
            return html.replace(entry, (tag) => tag.replace('<script ', '<script blocking="render" '));
          },
        },
      },
      // The reference intake at /api on `vite` and `vite preview` (npm start, the e2e tests).
      demoIntakePlugin(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/sw',
        filename: 'sw.ts',
        registerType: 'prompt',
        injectRegister: false,
        // The favicon (a 32 px PNG, matched below) works offline; the manifest's PNG icons are fetched by the browser
        // when it installs the app. The header draws its logo in the page: an SVG image would cost Chromium an internal
        // page of its own at every start.
        includeManifestIcons: false,
        injectManifest: {
          // The worker splits this list: the parts used by few (src/sw/runtimeCaches.ts) are cached on first use only.
          // The favicon: a PNG, as an SVG favicon also costs Chromium an internal page.
          // robots.txt is the bench's bare page (bench/budget/reload.ts): without it in the precache, the worker would
          // answer its navigation with the app shell, and the bench would compare the app with itself.
          globPatterns: ['**/*.{js,css,html,woff2,svg,wasm}', 'favicon.png', 'robots.txt'],
          // The in-memory database is for browsers that block IndexedDB, and with it Cache Storage: never worth caching.
          globIgnores: [`**/${MEMORY_DB_CHUNK}-*.js`],
        },
        manifest: {
          id: '/',
          name: 'دستیار اصلاح IMEI همتا',
          short_name: 'اصلاح IMEI',
          description: 'بررسی آفلاین شناسه‌های دستگاه (IMEI)، نگهداری پیش‌نویس تیکت و توضیح پاسخ‌های همتا',
          lang: 'fa',
          dir: 'rtl',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          // Android's share sheet sends an SMS here (its link arrives inside `text`); the page reads it offline.
          share_target: { action: '/share', method: 'GET', params: { title: 'title', text: 'text' } },
          theme_color: '#0f5c4d',
          background_color: '#f7f8f6',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        devOptions: { enabled: true, type: 'module' },
      }),
    ],
    resolve: {
      // Every import of zod goes through a module that turns its eval off first (the CSP forbids eval):
      // as a dependency of each schema it runs before any, whatever chunk the schema lands in.
      alias: [
        { find: /^zod$/, replacement: fileURLToPath(new URL('./build/zod/classic.ts', import.meta.url)) },
        { find: /^zod\/mini$/, replacement: fileURLToPath(new URL('./build/zod/mini.ts', import.meta.url)) },
        // Dexie's ES module build: its default entry wraps the ES5 build, larger by a tenth once minified.
        { find: /^dexie$/, replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) },
      ],
    },
    build: {
      target: 'es2022',
      // Every browser that runs the app's service worker knows modulepreload: no polyfill in the entry.
      modulePreload: {
        polyfill: false,
        // The first paint's files are loaded by index.html: a later import need not list them, nor add a link for them.
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css') && !/^assets\/index-[\w-]+\.(js|css)$/.test(dep)),
      },
      rolldownOptions: {
        output: {
          // Every import of a chunk names its file: six characters of hash, not eight (a clash is one in 2^36).
          entryFileNames: 'assets/[name]-[hash:6].js',
          chunkFileNames: 'assets/[name]-[hash:6].js',
          assetFileNames: 'assets/[name]-[hash:6][extname]',
          // Named chunks for what the worker leaves out of the precache.
          codeSplitting: {
            // A group holds the modules it names, not what they import (Dexie, zod stay in the shared chunks).
            includeDependenciesRecursively: false,
            groups: [
              // Not the .wasm's address (a one-line module): the native reader must load offline without the rest.
              {
                name: BARCODE_READER_CHUNK,
                test: (id) => /node_modules[\\/](barcode-detector|zxing-wasm)[\\/]/.test(id) && !id.endsWith('?url'),
              },
              { name: MEMORY_DB_CHUNK, test: /node_modules[\\/]fake-indexeddb[\\/]/ },
              // Only kiosk screens import these, and only dynamically (tests/unit/tooling/chunks.test.ts checks it).
              {
                name: KIOSK_CHUNK,
                test: /(src[\\/]ui[\\/]kiosk[\\/]|src[\\/]ui[\\/]i18n[\\/](kiosk|kioskStaff|receipt)\.ts|src[\\/]data[\\/](kiosk|kioskPin|kioskReport)\.ts|src[\\/]domain[\\/]receipt\.ts|src[\\/]sync[\\/]queueHealth\.ts|node_modules[\\/]uqr[\\/])/,
              },
              // The first paint's modules in one file: one request before anything shows, and no group below takes one.
              { name: 'index', tags: ['$initial'] },
              // zod and the records' schemas, then Dexie: libraries that change less often than the app, kept apart.
              {
                name: 'schemas',
                test: /(node_modules[\\/]zod[\\/]|build[\\/]zod[\\/]|src[\\/]domain[\\/](schemas|lazySchema|intakeContract|kioskTally|pinLock)\.ts)/,
              },
              // The domain's plain modules (IMEIs, pairing, verdicts: no zod): the IMEI check and the verdict guide draw
              // with these alone, without waiting for the data layer's libraries.
              {
                name: 'domain',
                test: /src[\\/]domain[\\/](imei|imeiText|limits|mismatch|onFirstUse|otherProblems|pairing|phone|precheck|scam|scannedImeis|sharedMessage|verdictIds|verdictText|verdicts|warningSms)\.ts/,
                minShareCount: 2,
              },
              // The parts every verdict screen shows (the list of eight, one verdict's steps, the scam warning, the steps when
              // no verdict fits): one file beside the screen's own, so no screen waits for a third round of requests before
              // it draws.
              {
                name: 'verdict-parts',
                test: /src[\\/]ui[\\/]verdicts[\\/](FallbackSteps|RemedySteps|ScamWarning|VerdictDetails|VerdictList)\.tsx/,
                minShareCount: 2,
              },
              // The screens' small shared parts (a field, an IMEI's digits side by side, the undo notice): one file rather
              // than five of a few hundred bytes, each with its own import and export lists.
              {
                name: 'ui-parts',
                test: /src[\\/]ui[\\/]components[\\/](Field|ImeiDiff|UndoNotice|reviewRows|shownImei)\.tsx?$/,
                minShareCount: 2,
              },
              // A ticket's status words and the badge that shows them: the badge alone was a file of 193 bytes.
              { name: 'tickets', test: /src[\\/]ui[\\/](i18n[\\/]tickets\.ts|problems[\\/]StatusBadge\.tsx)$/, minShareCount: 2 },
              { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
              // The data layer's small shared modules, and the screens' hooks that read it, in one file rather than
              // dozens of tiny ones: each file costs its import and export lists, a preload link the page adds at run
              // time, and a request.
              { name: 'data', test: /src[\\/](data|sync|domain|ui[\\/]hooks)[\\/]/, minShareCount: 2 },
            ],
          },
        },
      },
    },
    // As in preview below: OPTIONS must reach the intake.
    server: { cors: false },
    preview: {
      port: 4173,
      strictPort: true,
      // The intake answers CORS itself, OPTIONS included (the app's probe reads its headers);
      // Vite's own CORS layer would answer OPTIONS first, without them.
      cors: false,
      headers: { 'Content-Security-Policy': contentSecurityPolicyHeader(intakeUrl) },
    },
  };
});
