/**
 * For migration tests: databases left at an older schema version (the migrations up to that
 * version applied and recorded the way the stores record them, nothing after), and what a test
 * leaves behind (stores, folders, schemas) undone after each test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";
import { afterEach } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.js";
import type { Store } from "../../src/store/store.js";

/** What a migration test leaves behind, undone after each test (see {@link cleanedAfterEach}). */
export interface TestLeftovers {
  /** Closes `store` after the test; returns it. */
  keep<S extends Store>(store: S): S;
  /** Runs `cleanUp` after the test, once the stores are closed. */
  defer(cleanUp: () => Promise<void> | void): void;
  /** A new temporary folder, removed after the test. */
  tempDir(prefix: string): string;
}

/**
 * Registers an `afterEach` that closes the stores kept and then runs the clean-ups deferred
 * during the test, in order. Call it once, at a test file's top level.
 */
export function cleanedAfterEach(): TestLeftovers {
  const stores: Store[] = [];
  const cleanUps: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
    for (const cleanUp of cleanUps.splice(0)) await cleanUp();
  });
  return {
    keep(store) {
      stores.push(store);
      return store;
    },
    defer: (cleanUp) => cleanUps.push(cleanUp),
    tempDir(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      cleanUps.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
  };
}

/** Creates the SQLite file at `path` at schema `version`; returns it open (close it). */
export function sqliteAtVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.exec(
    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    db.exec(migration.sqlite);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(
      migration.version,
      migration.name,
      "2026-01-01T00:00:00.000Z",
    );
  }
  return db;
}

/**
 * Creates PostgreSQL `schema` at schema `version` through `client` (connected), and leaves the
 * client's search_path on it.
 */
export async function postgresAtVersion(
  client: pg.Client,
  schema: string,
  version: number,
): Promise<void> {
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path = ${schema}`);
  await client.query(
    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
  );
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    await client.query(migration.postgres);
    await client.query("INSERT INTO schema_migrations VALUES ($1, $2, now())", [
      migration.version,
      migration.name,
    ]);
  }
}
