/**
 * Databases left at an older schema version, for migration tests: the migrations up to that
 * version applied and recorded the way the stores record them, nothing after.
 */
import Database from "better-sqlite3";
import type pg from "pg";
import { MIGRATIONS } from "../../src/store/migrations.js";

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
