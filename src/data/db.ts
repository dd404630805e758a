// The app's one IndexedDB database (Dexie): its tables and their versioned schema.
import { Dexie, type Table } from 'dexie';

/** Default database name; tests open their own names. */
export const DB_NAME = 'imei-assistant';

/** Told, once a transaction that wrote to its table has committed, which rows it stored and which keys it deleted. */
export type CommitWatcher = (stored: readonly unknown[], deleted: readonly unknown[]) => void;

const watchers = new Map<string, CommitWatcher>();

/** Watches every committed write to a table, whatever wrote it (src/data/recordCopies.ts keeps crash copies so). */
export function watchCommits(table: string, watcher: CommitWatcher): void {
  watchers.set(table, watcher);
}

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
    this.use({
      stack: 'dbcore',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            async mutate(request) {
              const result = await table.mutate(request);
              const watcher = watchers.get(name);
              // The transaction Dexie passes down is IndexedDB's own: 'complete' once every write in it is on disk. A
              // range deleted (Table.clear()) is told as nothing: no watched table is cleared so.
              if (watcher)
                (request.trans as unknown as IDBTransaction).addEventListener('complete', () => {
                  if (request.type === 'delete') watcher([], request.keys);
                  else if (request.type !== 'deleteRange')
                    watcher(
                      request.values.filter((_, at) => !(at in result.failures)),
                      [],
                    );
                });
              return result;
            },
          };
        },
      }),
    });
  }
}
