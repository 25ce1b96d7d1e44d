/**
 * The embedded Store: SQLite through better-sqlite3, in DATA_DIR (or in memory for tests).
 * One process owns the file; transactions make each claim atomic. DATA_DIR is 0700 and the
 * database files 0600, whatever the umask: they hold Slack installations.
 */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type {
  ClaimedDelivery,
  ClaimOwner,
  DeliveryOutcome,
  FinishedDelivery,
  Platform,
  StartingDelivery,
  TakeoverRule,
} from "../daily/daily-store.js";
import { MIGRATIONS } from "./migrations.js";
import { createOwnerOnly, tightenSidecars } from "./owner-only.js";
import { type Row, toDelivery, toOwnerBeat, toSubscription } from "./rows.js";
import { startCheckpointer } from "./sqlite-checkpointer.js";
import { createSqliteSeenEvents } from "./sqlite-seen-events.js";
import { createWriteProbe } from "./sqlite-write-probe.js";
import type { Store } from "./store.js";

/** The database file name inside DATA_DIR. */
export const SQLITE_FILE = "ct-bot.sqlite";

/**
 * Most subscriptions claimed in one SQLite transaction. A claim of 200 took 20–48 ms on the
 * issue-12 bench machine, each one a stall of the event loop (goal: none over 50 ms in a 100k
 * tick; bench/daily-store-bench.ts); 50 take a quarter of that.
 */
export const SQLITE_CLAIM_CHUNK = 50;

// OR IGNORE: the unique (subscription, local date) key turns a second claim for a day into a no-op.
const INSERT_DELIVERY = `INSERT OR IGNORE INTO deliveries (id, subscription_id, local_date, fact_id, cycle, state, attempts, claim_token, owner, claimed_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'claimed', 0, ?, ?, ?, ?) RETURNING *`;
/** Claims a takeover may take: older than the lease, or owned by a process not alive. */
const TAKEABLE = `(d.claimed_at < ? OR (d.owner IS NOT NULL AND d.owner NOT IN (SELECT value FROM json_each(?))))`;

/**
 * Opens (creating if needed) a SQLite store at `path`, or in memory for `":memory:"`.
 *
 * @example
 * const store = createSqliteStore(join(config.dataDir, SQLITE_FILE));
 * await store.migrate();
 */
export function createSqliteStore(path: string): Store {
  if (path !== ":memory:") createOwnerOnly(path);
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // In WAL mode NORMAL loses no commit when the process dies (only on power loss).
  db.pragma("synchronous = NORMAL");
  if (path !== ":memory:") tightenSidecars(path);
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // Checkpoints run on a worker thread, not inside a commit on the event loop.
  const checkpointer = path === ":memory:" ? undefined : startCheckpointer(db, path);
  const probe = createWriteProbe(db, path);
  const seenEvents = createSqliteSeenEvents(db);

  const iso = (date: Date) => date.toISOString();
  const selectSubscription = "SELECT * FROM subscriptions WHERE id = ?";
  // Prepared lazily (the tables exist only after migrate), then once for the store's life.
  const prepared = new Map<string, Database.Statement>();
  const sql = (text: string): Database.Statement => {
    let statement = prepared.get(text);
    if (!statement) {
      statement = db.prepare(text);
      prepared.set(text, statement);
    }
    return statement;
  };

  const claimDue = db.transaction(
    (
      now: Date,
      platforms: readonly Platform[],
      limit: number,
      owner: ClaimOwner,
      decide: Parameters<Store["claimDue"]>[4],
    ) => {
      // `+platform`: no index on platform, so the due index gives the rows in order (with the
      // platform index, SQLite sorted every due row for each batch: quadratic in a big tick).
      const rows = sql(
        `SELECT * FROM subscriptions WHERE active = 1 AND paused_reason IS NULL AND next_post_at <= ?
           AND +platform IN (SELECT value FROM json_each(?)) ORDER BY next_post_at LIMIT ?`,
      ).all(iso(now), JSON.stringify(platforms), limit) as Row[];
      const claimed: ClaimedDelivery[] = [];
      const at = iso(now);
      for (const row of rows) {
        const subscription = toSubscription(row);
        const decision = decide(subscription);
        const deliver = decision.deliver;
        const cycle = deliver?.cycle ?? subscription.cycle;
        const position = deliver?.position ?? subscription.position;
        const cycleSize = deliver?.cycleSize ?? subscription.cycleSize;
        sql(
          "UPDATE subscriptions SET next_post_at = ?, cycle = ?, position = ?, cycle_size = ? WHERE id = ?",
        ).run(iso(decision.nextPostAt), cycle, position, cycleSize, subscription.id);
        if (deliver === null) continue;
        const inserted = sql(INSERT_DELIVERY).get(
          randomUUID(),
          subscription.id,
          deliver.localDate,
          deliver.factId,
          cycle,
          randomUUID(),
          owner.id,
          at,
          at,
        ) as Row | undefined;
        if (!inserted) continue;
        claimed.push({
          delivery: toDelivery(inserted),
          subscription: {
            ...subscription,
            cycle,
            position,
            cycleSize,
            nextPostAt: decision.nextPostAt,
          },
        });
      }
      return { deliveries: claimed, examined: rows.length };
    },
  );

  const reclaimStale = db.transaction(
    (rule: TakeoverRule, now: Date, platforms: readonly Platform[], limit: number) => {
      const live = JSON.stringify(rule.liveOwners);
      sql(
        `UPDATE deliveries AS d SET state = 'unknown', error = 'the sending process stopped mid-send', updated_at = ?
         WHERE d.state = 'sending' AND (d.updated_at < ? OR (d.owner IS NOT NULL AND d.owner NOT IN (SELECT value FROM json_each(?))))`,
      ).run(iso(now), iso(rule.staleBefore), live);
      const rows = sql(
        `SELECT d.id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
         WHERE d.state = 'claimed' AND ${TAKEABLE} AND +s.platform IN (SELECT value FROM json_each(?)) LIMIT ?`,
      ).all(iso(rule.staleBefore), live, JSON.stringify(platforms), limit) as Row[];
      return rows.map((row) => {
        const delivery = toDelivery(
          sql(
            "UPDATE deliveries SET claim_token = ?, owner = ?, claimed_at = ?, updated_at = ? WHERE id = ? RETURNING *",
          ).get(randomUUID(), rule.owner.id, iso(now), iso(now), row.id) as Row,
        );
        const subscription = toSubscription(
          sql(selectSubscription).get(delivery.subscriptionId) as Row,
        );
        return { delivery, subscription };
      });
    },
  );

  const finishOne = (deliveryId: string, outcome: DeliveryOutcome, now: Date) => {
    const changed = sql(
      "UPDATE deliveries SET state = ?, message_id = ?, error = ?, updated_at = ? WHERE id = ? AND state <> 'sent' RETURNING subscription_id, cycle",
    ).get(
      outcome.state,
      outcome.state === "sent" ? outcome.messageId : null,
      outcome.state === "sent" ? null : outcome.error,
      iso(now),
      deliveryId,
    ) as Row | undefined;
    if (changed && outcome.state === "sent")
      sql("UPDATE subscriptions SET position = position + 1 WHERE id = ? AND cycle = ?").run(
        changed.subscription_id,
        changed.cycle,
      );
  };
  const startOne = (deliveryId: string, claimToken: string, now: Date): boolean =>
    sql(
      "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND claim_token = ? AND state = 'claimed'",
    ).run(iso(now), deliveryId, claimToken).changes === 1;
  const finishDelivery = db.transaction(finishOne);
  // One transaction (one commit) for a whole batch of sends: commits are what cost.
  const recordSends = db.transaction(
    (finished: readonly FinishedDelivery[], starting: readonly StartingDelivery[], now: Date) => {
      for (const f of finished) finishOne(f.deliveryId, f.outcome, f.at);
      return new Set(
        starting.filter((s) => startOne(s.deliveryId, s.claimToken, now)).map((s) => s.deliveryId),
      );
    },
  );

  return {
    kind: "sqlite",
    async migrate() {
      db.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      const applied = new Set(
        (db.prepare("SELECT version FROM schema_migrations").all() as Row[]).map((r) =>
          Number(r.version),
        ),
      );
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        db.transaction(() => {
          db.exec(migration.sqlite);
          db.prepare(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
          ).run(migration.version, migration.name, iso(new Date()));
        })();
      }
    },
    async ping() {
      db.prepare("SELECT 1").get();
    },
    async checkWritable(now) {
      probe(now);
    },
    async close() {
      seenEvents.flush();
      await checkpointer?.stop();
      db.close();
    },
    async getSubscription(id) {
      const row = db.prepare(selectSubscription).get(id) as Row | undefined;
      return row ? toSubscription(row) : undefined;
    },
    async saveSubscription(s) {
      db.prepare(
        `INSERT INTO subscriptions (id, platform, workspace_id, channel_id, time, time_zone, days, active, created_by, created_at, updated_at,
           next_post_at, paused_reason, paused_fix, failure_count, last_error, seed, cycle, position, cycle_size, language)
         VALUES (@id, @platform, @workspaceId, @channelId, @time, @timeZone, @days, @active, @createdBy, @createdAt, @updatedAt,
           @nextPostAt, @pausedReason, @pausedFix, @failureCount, @lastError, @seed, @cycle, @position, @cycleSize, @language)
         ON CONFLICT (id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, days = excluded.days, active = excluded.active,
           created_by = excluded.created_by, updated_at = excluded.updated_at, next_post_at = excluded.next_post_at,
           paused_reason = excluded.paused_reason, paused_fix = excluded.paused_fix, failure_count = excluded.failure_count,
           last_error = excluded.last_error, seed = excluded.seed, cycle = excluded.cycle,
           position = excluded.position, cycle_size = excluded.cycle_size, language = excluded.language`,
      ).run({
        ...s,
        active: s.active ? 1 : 0,
        createdAt: iso(s.createdAt),
        updatedAt: iso(s.updatedAt),
        nextPostAt: s.nextPostAt ? iso(s.nextPostAt) : null,
        language: s.language ?? null,
      });
    },
    async listSubscriptions(platform) {
      const rows = platform
        ? db.prepare("SELECT * FROM subscriptions WHERE platform = ? ORDER BY id").all(platform)
        : db.prepare("SELECT * FROM subscriptions ORDER BY id").all();
      return (rows as Row[]).map(toSubscription);
    },
    async deleteWorkspace(platform, workspaceId) {
      return db
        .prepare("DELETE FROM subscriptions WHERE platform = ? AND workspace_id = ?")
        .run(platform, workspaceId).changes;
    },
    async claimDue(now, platforms, limit, owner, decide) {
      // A claim runs on the event loop (better-sqlite3 is synchronous): in transactions of at
      // most SQLITE_CLAIM_CHUNK rows, with a turn of the loop between them, so requests are
      // answered during a big tick. Each row is claimed on its own terms, so claiming in parts
      // claims the same rows as one transaction would.
      const deliveries: ClaimedDelivery[] = [];
      let examined = 0;
      for (;;) {
        const chunk = Math.min(SQLITE_CLAIM_CHUNK, limit - examined);
        const part = claimDue.immediate(now, platforms, chunk, owner, decide);
        for (const delivery of part.deliveries) deliveries.push(delivery);
        examined += part.examined;
        if (part.examined < chunk || examined >= limit) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { deliveries, examined };
    },
    async reclaimStale(rule, now, platforms, limit) {
      return reclaimStale.immediate(rule, now, platforms, limit);
    },
    async beat(owner, now) {
      sql(
        `INSERT INTO heartbeats (id, host, pid, beat_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at`,
      ).run(owner.id, owner.host, owner.pid, iso(now));
    },
    async listOwners() {
      return (sql("SELECT * FROM heartbeats").all() as Row[]).map(toOwnerBeat);
    },
    async removeOwners(ids) {
      sql("DELETE FROM heartbeats WHERE id IN (SELECT value FROM json_each(?))").run(
        JSON.stringify(ids),
      );
    },
    async startSending(deliveryId, claimToken, now) {
      return startOne(deliveryId, claimToken, now);
    },
    async finishDelivery(deliveryId, outcome, now) {
      finishDelivery.immediate(deliveryId, outcome, now);
    },
    async recordSends(finished, starting, now) {
      return recordSends.immediate(finished, starting, now);
    },
    async updateHealth(subscriptionId, health, now) {
      db.prepare(
        "UPDATE subscriptions SET failure_count = ?, last_error = ?, paused_reason = ?, paused_fix = ?, updated_at = ?, next_post_at = CASE WHEN ? IS NULL THEN next_post_at ELSE NULL END WHERE id = ?",
      ).run(
        health.failureCount,
        health.lastError,
        health.pausedReason,
        health.pausedFix,
        iso(now),
        health.pausedReason,
        subscriptionId,
      );
    },
    async saveInstallation(platform, key, data, now) {
      db.prepare(
        `INSERT INTO installations (platform, install_key, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, install_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ).run(platform, key, JSON.stringify(data), iso(now));
    },
    async getInstallation(platform, key) {
      const row = db
        .prepare("SELECT data FROM installations WHERE platform = ? AND install_key = ?")
        .get(platform, key) as Row | undefined;
      return row ? (JSON.parse(String(row.data)) as unknown) : undefined;
    },
    async deleteInstallation(platform, key) {
      return db
        .prepare("DELETE FROM installations WHERE platform = ? AND install_key = ?")
        .run(platform, key).changes;
    },
    async listInstallationKeys(platform) {
      return (
        db
          .prepare("SELECT install_key FROM installations WHERE platform = ? ORDER BY install_key")
          .all(platform) as Row[]
      ).map((r) => String(r.install_key));
    },
    rememberSeenEvent: (key, now, expiresAt) => seenEvents.remember(key, now, expiresAt),
    async listDeliveries(subscriptionId, limit) {
      return (
        db
          .prepare(
            "SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY local_date DESC LIMIT ?",
          )
          .all(subscriptionId, limit) as Row[]
      ).map(toDelivery);
    },
  };
}
