// A lazily built schema behaves as the schema itself, and costs nothing until it is used.
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { lazySchema } from '@/domain/lazySchema';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.object({ id: z.string() });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ id: 'a' })).toEqual({ id: 'a' });
    expect(schema.safeParse({ id: 1 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes like the schema: inside objects, arrays, unions, extended and picked', () => {
    const inner = lazySchema(() => z.object({ n: z.int() }));
    const outer = lazySchema(() => z.object({ items: z.array(inner), either: z.union([inner, z.literal('')]) }));
    expect(outer.parse({ items: [{ n: 1 }], either: '' })).toEqual({ items: [{ n: 1 }], either: '' });
    expect(outer.safeParse({ items: [{ n: 1.5 }], either: '' }).success).toBe(false);
    const extended = z.extend(inner, { label: z.string() });
    expect(extended.parse({ n: 2, label: 'x' })).toEqual({ n: 2, label: 'x' });
    expect(z.pick(extended, { label: true }).parse({ label: 'y' })).toEqual({ label: 'y' });
    expect(Object.keys(inner.shape)).toEqual(['n']);
  });

  it('refuses a write, which would not reach the schema', () => {
    const schema = lazySchema(() => z.string());
    expect(() => {
      (schema as unknown as Record<string, unknown>).extra = 1;
    }).toThrow(TypeError);
  });
});
