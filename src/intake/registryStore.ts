// The registry the layer-zero judge reads, kept in the intake's database and seeded from the demo registry when empty.
import { demoRegistrySchema, registrySchema, type Registry } from '../domain/registry';
import type { Database } from './database';
import demoRegistryJson from './demo-registry.json';

/** The demo registry shipped with the app, checked against its schema. */
export function loadDemoRegistry(): Registry {
  return demoRegistrySchema.parse(demoRegistryJson);
}

/** Replaces nothing: rows that exist (another process seeded them first) are kept. */
async function seed(db: Database, registry: Registry): Promise<void> {
  await db.transaction(async (tx) => {
    for (const owner of registry.owners) {
      await tx.query('INSERT INTO registry_owners (phone, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [owner.phone, owner.name]);
    }
    for (const device of registry.devices) {
      await tx.query(
        `INSERT INTO registry_devices (id, model, owner_phone, legal, registered_imeis, seen_with_owner_sim)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [
          device.id,
          device.model,
          device.ownerPhone,
          device.legal,
          JSON.stringify(device.registeredImeis),
          JSON.stringify(device.seenWithOwnerSim),
        ],
      );
    }
  });
}

/** The registry in the database, checked against its schema; the demo one is loaded first when the tables are empty. */
export async function loadRegistry(db: Database): Promise<Registry> {
  const [counts] = await db.query('SELECT (SELECT count(*) FROM registry_owners)::int + (SELECT count(*) FROM registry_devices)::int AS n');
  if (Number(counts?.n) === 0) await seed(db, loadDemoRegistry());
  const owners = await db.query('SELECT phone, name FROM registry_owners ORDER BY phone');
  const devices = await db.query(
    'SELECT id, model, owner_phone, legal, registered_imeis, seen_with_owner_sim FROM registry_devices ORDER BY id',
  );
  return registrySchema.parse({
    owners,
    devices: devices.map((row) => ({
      id: row.id,
      model: row.model,
      ownerPhone: row.owner_phone,
      legal: row.legal,
      registeredImeis: row.registered_imeis,
      seenWithOwnerSim: row.seen_with_owner_sim,
    })),
  });
}
