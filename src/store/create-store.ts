/**
 * Picks the store from configuration: PostgreSQL when DATABASE_URL is set, else the embedded
 * SQLite file in DATA_DIR. Each is imported only when chosen, so a PostgreSQL deployment never
 * loads the native SQLite module, and the console bot loads neither.
 */
import { join } from "node:path";
import type { Config } from "../config.js";
import type { Store } from "./store.js";

/** Opens and migrates the configured store. */
export async function openStore(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<Store> {
  let store: Store;
  if (config.databaseUrl) {
    const { createPostgresStore } = await import("./postgres-store.js");
    store = createPostgresStore({ connectionString: config.databaseUrl });
  } else {
    const { createSqliteStore, SQLITE_FILE } = await import("./sqlite-store.js");
    store = createSqliteStore(join(config.dataDir, SQLITE_FILE));
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
