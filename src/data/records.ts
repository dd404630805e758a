// Reading stored rows through their zod schemas: a corrupt row is reported and skipped.
import type { z } from 'zod/mini';
import { reportCorruptRecord } from './storage';

/** Parses one stored row; undefined (and a report) when it does not fit its schema. */
export function parseRow<S extends z.ZodMiniType>(table: string, schema: S, row: unknown): z.infer<S> | undefined {
  if (row === undefined) return undefined;
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const key = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  reportCorruptRecord(table, key, result.error.issues);
  return undefined;
}

/** Parses many stored rows, keeping only those that fit. */
export function parseRows<S extends z.ZodMiniType>(table: string, schema: S, rows: unknown[]): z.infer<S>[] {
  const parsed: z.infer<S>[] = [];
  for (const row of rows) {
    const value = parseRow(table, schema, row);
    if (value !== undefined) parsed.push(value);
  }
  return parsed;
}
