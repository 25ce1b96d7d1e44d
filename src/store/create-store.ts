/**
 * Picks the store from configuration: PostgreSQL when DATABASE_URL is set, else the embedded
 * SQLite file in DATA_DIR.
 */
import { join } from "node:path";
import type { Config } from "../config.js";
import { createPostgresStore } from "./postgres-store.js";
import { createSqliteStore, SQLITE_FILE } from "./sqlite-store.js";
import type { Store } from "./store.js";

/** Opens and migrates the configured store. */
export async function openStore(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<Store> {
  const store = config.databaseUrl
    ? createPostgresStore({ connectionString: config.databaseUrl })
    : createSqliteStore(join(config.dataDir, SQLITE_FILE));
  await store.migrate();
  return store;
}
