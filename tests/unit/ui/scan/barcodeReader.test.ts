// The .wasm this build serves is the one the barcode reader's JavaScript was built for.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'barcode-detector/ponyfill';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the barcode reader', () => {
  it('serves the exact zxing-wasm reader the ponyfill expects', () => {
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    const ours = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // Pinned exactly: the .wasm is imported from zxing-wasm directly, the JavaScript comes inside barcode-detector.
    expect(ours.dependencies['zxing-wasm']).toBe(ZXING_WASM_VERSION);
    expect(createHash('sha256').update(wasm).digest('hex')).toBe(ZXING_WASM_SHA256);
  });
});
