/**
 * A PostgreSQL store that can read but not write, as a read-only replica or a database set
 * read-only by an operator is: the tables are migrated by the superuser, then the store
 * connects as a fresh role whose transactions are read-only (`default_transaction_read_only`).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";
import { dropSchema, freshSchema, postgresStore, TEST_DATABASE_URL } from "./postgres.js";

/** A migrated schema and a store on it through a read-only role; `close` drops both. */
export async function readOnlyPostgresStore(): Promise<{
  store: Store;
  close(): Promise<void>;
}> {
  const schema = freshSchema();
  const owner = await postgresStore(schema);
  await owner.close();
  const role = `ct_ro_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE ROLE ${role} LOGIN`);
  await admin.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
  await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
  await admin.query(
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
  );
  const url = new URL(TEST_DATABASE_URL);
  url.username = role;
  url.password = "";
  const store = createPostgresStore({ connectionString: url.toString(), schema, max: 2 });
  return {
    store,
    async close() {
      await store.close().catch(() => undefined);
      await dropSchema(schema);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    },
  };
}
