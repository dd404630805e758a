// Unit tests: domain, data (over fake-indexeddb), the service worker's queue and the reference intake, in Node.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // '@/…' is src/…, as in tsconfig.json: tests import the code they test without ../../../.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
