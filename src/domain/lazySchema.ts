// A zod schema built the first time it is used: building every schema as its module loads held a phone's main
// thread at every start, for schemas most starts never use (backups, kiosk PINs, Hamta hand-offs...).
import { onFirstUse } from './onFirstUse';

/**
 * Stands for the schema `build` returns, building it on first use (a parse, or a schema built from it).
 * The proxy forwards every read to the built schema, so it is used exactly as the schema itself; nothing writes
 * to a schema once built (zod builds a new one for every change).
 */
export function lazySchema<T extends object>(build: () => T): T {
  const schema = onFirstUse(build);
  return new Proxy({} as T, {
    get: (_stand, key) => Reflect.get(schema(), key),
    has: (_stand, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_stand, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // The stand-in has no own properties: a proxy may not call one of them fixed.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    // A write would land on the stand-in, not the schema: refused (a TypeError in strict code).
    set: () => false,
  });
}
