// The app's one IndexedDB database (Dexie): its tables and their versioned schema.
import { Dexie, type Table } from 'dexie';

/** Default database name; tests open their own names. */
export const DB_NAME = 'imei-assistant';

/**
 * Rows are stored as plain objects and parsed with the zod schemas of
 * src/domain/schemas.ts on every read: a stored row is untrusted input.
 */
export class AssistantDb extends Dexie {
  devices!: Table<unknown, string>;
  drafts!: Table<unknown, string>;
  tickets!: Table<unknown, string>;
  settings!: Table<unknown, string>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1. A schema change adds `this.version(2).stores(...).upgrade(...)` below,
    // never edits this line: old databases on users' phones must migrate, not break.
    //
    // How to add version 2 (tests/unit/data/migration.test.ts runs this very pattern):
    //   this.version(2)
    //     .stores({ devices: 'id, updatedAt, nickname' }) // only the tables whose indexes change
    //     .upgrade((tx) =>
    //       tx.table('devices').toCollection().modify((row: Record<string, unknown>) => {
    //         // turn a v1 row into the shape the current zod schema expects
    //       }),
    //     );
    // Then update the zod schema in src/domain/schemas.ts, and add a case to the migration
    // test that writes rows as v1 did and reads them back through the repositories.
    // A field added with a zod `.default()` needs no upgrade: old rows parse with the default.
    this.version(1).stores({
      devices: 'id, updatedAt',
      drafts: 'id, updatedAt',
      tickets: 'id, status, createdAt',
      settings: 'id',
    });
  }
}
