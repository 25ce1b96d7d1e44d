/**
 * Migration 5 (subscriptions.language) on SQLite and PostgreSQL: a database left at version 4
 * with a subscription upgrades in place, the old subscription reads back with no language (the
 * platform's default), and a language saved later reads back. PostgreSQL runs wherever a server
 * answers on 127.0.0.1:5432 (see tests/helpers/postgres.ts).
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { createPostgresStore } from "../../src/store/postgres-store.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { cleanedAfterEach, postgresAtVersion, sqliteAtVersion } from "../helpers/migrated-to.js";
import {
  dropSchema,
  freshSchema,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../helpers/postgres.js";
import { aSubscription } from "../helpers/subscriptions.js";

const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`skipping the PostgreSQL migration test: ${pgMissing}`);

/** The row a version-4 database holds for `aSubscription("C1")`. */
const V4_ROW = [
  "slack:T1:C1",
  "slack",
  "T1",
  "C1",
  "09:00",
  "Europe/Paris",
  "everyday",
  "U1",
  "2026-11-20T00:00:00.000Z",
  "seed-C1",
] as const;
const V4_INSERT = (p: (i: number) => string, active: string) =>
  `INSERT INTO subscriptions (id, platform, workspace_id, channel_id, time, time_zone, days, active,
     created_by, created_at, updated_at, seed) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)},
     ${p(6)}, ${p(7)}, ${active}, ${p(8)}, ${p(9)}, ${p(9)}, ${p(10)})`;

const leftovers = cleanedAfterEach();

/** What every backend must show after upgrading from version 4. */
async function expectUpgraded(store: Store, versions: number[]): Promise<void> {
  expect(versions).toEqual([1, 2, 3, 4, 5, 6]);
  expect(MIGRATIONS.find((m) => m.version === 5)?.name).toBe("subscription language");
  const old = await store.getSubscription("slack:T1:C1");
  expect(old).toMatchObject({ channelId: "C1", time: "09:00" });
  expect(old?.language).toBeUndefined();
  await store.saveSubscription(aSubscription("C1", { language: "fr" }));
  expect((await store.getSubscription("slack:T1:C1"))?.language).toBe("fr");
  await store.saveSubscription(aSubscription("C2"));
  expect((await store.getSubscription("slack:T1:C2"))?.language).toBeUndefined();
  // Migrating again changes nothing.
  await store.migrate();
  expect((await store.getSubscription("slack:T1:C1"))?.language).toBe("fr");
}

describe("migration 5: subscription language", () => {
  it("upgrades a version-4 SQLite database in place", async () => {
    const dir = leftovers.tempDir("ct-migration-5-");
    const path = join(dir, "ct-bot.sqlite");
    const db = sqliteAtVersion(path, 4);
    // Anonymous parameters: created_at's value is bound twice (created_at, updated_at).
    db.prepare(V4_INSERT(() => "?", "1")).run(...V4_ROW.slice(0, 9), V4_ROW[8], V4_ROW[9]);
    db.close();

    const store = leftovers.keep(createSqliteStore(path));
    await store.migrate();
    const check = new Database(path, { readonly: true });
    const versions = (
      check.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as Array<{
        version: number;
      }>
    ).map((r) => r.version);
    check.close();
    await expectUpgraded(store, versions);
  });

  // Like tests/store/store.test.ts: PostgreSQL joins the suite wherever a server answers.
  it.each(pgMissing ? [] : ["PostgreSQL"])("upgrades a version-4 %s schema in place", async () => {
    const schema = freshSchema();
    leftovers.defer(() => dropSchema(schema));
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await postgresAtVersion(client, schema, 4);
      await client.query(
        V4_INSERT((i) => `$${i}`, "true"),
        [...V4_ROW],
      );
    } finally {
      await client.end();
    }

    const store = leftovers.keep(
      createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, max: 2 }),
    );
    await store.migrate();
    const reader = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await reader.connect();
    const { rows } = await reader
      .query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`)
      .finally(() => reader.end());
    await expectUpgraded(
      store,
      rows.map((r: { version: number }) => Number(r.version)),
    );
  });
});
