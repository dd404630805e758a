// The Idempotency-Key header and the request fingerprint (draft-ietf-httpapi-idempotency-key-header-07, §2.1–2.4).
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** 8 days: longer than the app's 7-day queue, so every retry it can make finds its key. */
export const KEY_RETENTION_DAYS = 8;

const uuidSchema = z.uuid();

export type KeyResult = { ok: true; key: string } | { ok: false; error: 'missing-idempotency-key' | 'invalid-idempotency-key' };

/** The key is a structured-field string (quoted), but plain tokens are accepted too; here it is always a UUID. */
export function parseIdempotencyKey(header: string | string[] | undefined): KeyResult {
  if (header === undefined || header === '') return { ok: false, error: 'missing-idempotency-key' };
  if (Array.isArray(header)) return { ok: false, error: 'invalid-idempotency-key' };
  const trimmed = header.trim();
  const quoted = /^"([^"\\]*)"$/.exec(trimmed);
  const key = (quoted ? quoted[1] : trimmed)?.toLowerCase() ?? '';
  return uuidSchema.safeParse(key).success ? { ok: true, key } : { ok: false, error: 'invalid-idempotency-key' };
}

/** JSON with object keys sorted at every depth: the same request always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the canonical JSON, hex: two requests with one key and different bodies have different fingerprints. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
