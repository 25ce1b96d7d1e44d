/**
 * PostgreSQL for tests: the machine's server (TEST_DATABASE_URL, else postgres@127.0.0.1/test),
 * one fresh schema per store so test files run side by side.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";

/** The test database. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Why PostgreSQL tests cannot run here, or undefined when a server answers. */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2_000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return `no PostgreSQL at ${TEST_DATABASE_URL.replace(/\/\/[^@]*@/u, "//")} (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh schema name. */
export function freshSchema(): string {
  return `ct_test_${randomBytes(6).toString("hex")}`;
}

/** A migrated store in `schema`. */
export async function postgresStore(schema: string): Promise<Store> {
  const store = createPostgresStore({ connectionString: TEST_DATABASE_URL, schema });
  await store.migrate();
  return store;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
