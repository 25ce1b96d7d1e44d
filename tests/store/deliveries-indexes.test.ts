/**
 * Migration 6 on SQLite and PostgreSQL: the deliveries table keeps the indexes its queries
 * read (the claim and `sending` sweeps, the one-post-a-day key) and loses the one no query
 * reads; a database left at version 5 upgrades in place with its deliveries. PostgreSQL runs
 * wherever a server answers on 127.0.0.1:5432 (see tests/helpers/postgres.ts).
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPostgresStore } from "../../src/store/postgres-store.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { cleanedAfterEach, postgresAtVersion, sqliteAtVersion } from "../helpers/migrated-to.js";
import {
  dropSchema,
  freshSchema,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../helpers/postgres.js";

const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`skipping the PostgreSQL index test: ${pgMissing}`);

/** The indexes the deliveries queries read, by name (the primary and unique keys aside). */
const KEPT = ["deliveries_claimed", "deliveries_sending"];

const SUBSCRIPTION = `INSERT INTO subscriptions (id, platform, workspace_id, channel_id, time, time_zone, days, active,
  created_by, created_at, updated_at, seed) VALUES ('slack:T1:C1', 'slack', 'T1', 'C1', '09:00', 'Europe/Paris',
  'everyday', ACTIVE, 'U1', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z', 'seed-C1')`;
const DELIVERY = `INSERT INTO deliveries (id, subscription_id, local_date, fact_id, cycle, state, attempts,
  claim_token, claimed_at, updated_at) VALUES ('d1', 'slack:T1:C1', '2026-11-21', 'f1', 0, 'sent', 1, 't1',
  '2026-11-21T08:00:00.000Z', '2026-11-21T08:00:01.000Z')`;

const leftovers = cleanedAfterEach();

describe("migration 6: the deliveries indexes", () => {
  it("upgrades a version-5 SQLite database in place", async () => {
    const dir = leftovers.tempDir("ct-migration-6-");
    const path = join(dir, "ct-bot.sqlite");
    const db = sqliteAtVersion(path, 5);
    db.exec(SUBSCRIPTION.replace("ACTIVE", "1"));
    db.exec(DELIVERY);
    const indexesOf = (database: Database.Database) =>
      (
        database
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries' AND sql IS NOT NULL ORDER BY name",
          )
          .all() as Array<{ name: string }>
      ).map((r) => r.name);
    expect(indexesOf(db)).toContain("deliveries_cycle");
    db.close();

    const store = leftovers.keep(createSqliteStore(path));
    await store.migrate();
    const check = new Database(path, { readonly: true });
    leftovers.defer(() => {
      check.close();
    });
    expect(indexesOf(check)).toEqual(KEPT);
    expect(check.prepare("SELECT id, state FROM deliveries").all()).toEqual([
      { id: "d1", state: "sent" },
    ]);
    expect((await store.listDeliveries("slack:T1:C1", 5)).map((d) => d.id)).toEqual(["d1"]);
  });

  it.each(pgMissing ? [] : ["PostgreSQL"])("upgrades a version-5 %s schema in place", async () => {
    const schema = freshSchema();
    leftovers.defer(() => dropSchema(schema));
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    leftovers.defer(() => client.end());
    await postgresAtVersion(client, schema, 5);
    await client.query(SUBSCRIPTION.replace("ACTIVE", "true"));
    await client.query(DELIVERY);
    const indexes = async () =>
      (
        await client.query(
          "SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'deliveries' ORDER BY indexname",
          [schema],
        )
      ).rows.map((r: { indexname: string }) => r.indexname);
    expect(await indexes()).toContain("deliveries_cycle");

    const store = leftovers.keep(
      createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, max: 2 }),
    );
    await store.migrate();
    // The two sweeps' indexes, the primary key and the one-post-a-day key, in name order.
    expect(await indexes()).toEqual(
      [...KEPT, "deliveries_pkey", "deliveries_subscription_id_local_date_key"].sort(),
    );
    expect((await store.listDeliveries("slack:T1:C1", 5)).map((d) => d.id)).toEqual(["d1"]);
  });
});
