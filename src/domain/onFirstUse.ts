// A value built the first time it is asked for, not as its module loads: what most starts of the app never use
// (a table folded for a pasted message, a pattern for over-long input, a record's schema) costs them nothing.

export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
