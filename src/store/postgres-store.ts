/**
 * The Store for many replicas: PostgreSQL through pg. Due posts are claimed with
 * SELECT … FOR UPDATE SKIP LOCKED rather than a job queue (pg-boss): a claim is a row lock
 * on the subscription plus one insert, in the same database and transaction as the rest of
 * the state, so there is no second system to run, migrate or keep consistent; SKIP LOCKED
 * lets every replica take a disjoint batch without waiting on the others.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { ClaimedDelivery, Subscription } from "../daily/daily-store.js";
import { MIGRATIONS } from "./migrations.js";
import { type Row, toDelivery, toOwnerBeat, toSubscription } from "./rows.js";
import { PRUNE_CHANCE, type Store } from "./store.js";
import { notWritable } from "./store-errors.js";

/** Options for {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  connectionString: string;
  /** A schema to keep the tables in (tests use one per run); `public` when omitted. */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
}

/**
 * How a claim's transaction starts. The due rows must come from the due index, in order, a
 * batch at a time: that costs the batch. The planner does so once the table is analysed, but
 * with stale statistics (subscriptions just added, autovacuum not yet run) it estimated a
 * handful of due rows, intersected two bitmap indexes and sorted every due row, on disk, for
 * each batch: 190-400 ms per 200-row batch at 100k due, 100k x 100k / 200 rows sorted per tick.
 * Turning bitmap scans off for this transaction alone leaves the ordered index scan (0.3 ms).
 */
const CLAIM_BEGIN = "BEGIN; SET LOCAL enable_bitmapscan = off";

// Any fixed number shared by every replica: serialises migrations across processes.
const MIGRATION_LOCK = 7_412_013;

/**
 * Connects a PostgreSQL store.
 *
 * @example
 * const store = createPostgresStore({ connectionString: config.databaseUrl });
 * await store.migrate();
 */
export function createPostgresStore(
  options: PostgresStoreOptions,
): Store & { readonly pool: pg.Pool } {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/u.test(schema))
    throw new Error("invalid schema name");
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);

  /** Runs `work` in one transaction; `begin` may add SET LOCAL statements to the BEGIN. */
  const transaction = async <T>(
    work: (client: pg.PoolClient) => Promise<T>,
    begin = "BEGIN",
  ): Promise<T> => {
    const client = await pool.connect();
    // A connection lost between two statements is reported as an 'error' event on the
    // checked-out client; unheard, it would crash the process. The failing statement rejects
    // anyway; the broken client is then discarded instead of returned to the pool.
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost = error;
    };
    client.on("error", onError);
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.off("error", onError);
      client.release(lost);
    }
  };
  const subscriptionsById = async (client: pg.PoolClient | pg.Pool, ids: string[]) => {
    const { rows } = await client.query("SELECT * FROM subscriptions WHERE id = ANY($1)", [ids]);
    return new Map((rows as Row[]).map((r) => [String(r.id), toSubscription(r)]));
  };

  return {
    kind: "postgres",
    pool,
    async migrate() {
      if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        await client.query(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
        );
        const { rows } = await client.query("SELECT version FROM schema_migrations");
        const applied = new Set((rows as Row[]).map((r) => Number(r.version)));
        for (const migration of MIGRATIONS) {
          if (applied.has(migration.version)) continue;
          await client.query(migration.postgres);
          await client.query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())",
            [migration.version, migration.name],
          );
        }
      });
    },
    async ping() {
      await pool.query("SELECT 1");
    },
    async checkWritable(now) {
      try {
        await pool.query(
          "INSERT INTO store_probe (id, probed_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at",
          [now],
        );
      } catch (error) {
        throw notWritable(error);
      }
    },
    async close() {
      await pool.end();
    },
    async getSubscription(id) {
      const { rows } = await pool.query("SELECT * FROM subscriptions WHERE id = $1", [id]);
      const row = rows[0] as Row | undefined;
      return row ? toSubscription(row) : undefined;
    },
    async saveSubscription(s: Subscription) {
      await pool.query(
        `INSERT INTO subscriptions (id, platform, workspace_id, channel_id, time, time_zone, days, active, created_by, created_at, updated_at,
           next_post_at, paused_reason, paused_fix, failure_count, last_error, seed, cycle, position, cycle_size, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
         ON CONFLICT (id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, days = excluded.days, active = excluded.active,
           created_by = excluded.created_by, updated_at = excluded.updated_at, next_post_at = excluded.next_post_at,
           paused_reason = excluded.paused_reason, paused_fix = excluded.paused_fix, failure_count = excluded.failure_count,
           last_error = excluded.last_error, seed = excluded.seed, cycle = excluded.cycle,
           position = excluded.position, cycle_size = excluded.cycle_size, language = excluded.language`,
        [
          s.id,
          s.platform,
          s.workspaceId,
          s.channelId,
          s.time,
          s.timeZone,
          s.days,
          s.active,
          s.createdBy,
          s.createdAt,
          s.updatedAt,
          s.nextPostAt,
          s.pausedReason,
          s.pausedFix,
          s.failureCount,
          s.lastError,
          s.seed,
          s.cycle,
          s.position,
          s.cycleSize,
          s.language ?? null,
        ],
      );
    },
    async listSubscriptions(platform) {
      const { rows } = platform
        ? await pool.query("SELECT * FROM subscriptions WHERE platform = $1 ORDER BY id", [
            platform,
          ])
        : await pool.query("SELECT * FROM subscriptions ORDER BY id");
      return (rows as Row[]).map(toSubscription);
    },
    async deleteWorkspace(platform, workspaceId) {
      const result = await pool.query(
        "DELETE FROM subscriptions WHERE platform = $1 AND workspace_id = $2",
        [platform, workspaceId],
      );
      return result.rowCount ?? 0;
    },
    async claimDue(now, platforms, limit, owner, decide) {
      return transaction(async (client) => {
        const due = await client.query(
          `SELECT * FROM subscriptions WHERE active AND paused_reason IS NULL AND next_post_at <= $1 AND platform = ANY($2)
           ORDER BY next_post_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
          [now, platforms, limit],
        );
        const subscriptions = (due.rows as Row[]).map(toSubscription);
        if (subscriptions.length === 0) return { deliveries: [], examined: 0 };
        const decisions = subscriptions.map((s) => {
          const decision = decide(s);
          const d = decision.deliver;
          const next: Subscription = {
            ...s,
            cycle: d?.cycle ?? s.cycle,
            position: d?.position ?? s.position,
            cycleSize: d?.cycleSize ?? s.cycleSize,
            nextPostAt: decision.nextPostAt,
          };
          return { s: next, decision };
        });
        await client.query(
          `UPDATE subscriptions SET next_post_at = v.next_post_at, cycle = v.cycle, position = v.position, cycle_size = v.cycle_size
           FROM unnest($1::text[], $2::timestamptz[], $3::int[], $4::int[], $5::int[]) AS v (id, next_post_at, cycle, position, cycle_size)
           WHERE subscriptions.id = v.id`,
          [
            decisions.map((d) => d.s.id),
            decisions.map((d) => d.decision.nextPostAt),
            decisions.map((d) => d.s.cycle),
            decisions.map((d) => d.s.position),
            decisions.map((d) => d.s.cycleSize),
          ],
        );
        const posts = decisions.filter((d) => d.decision.deliver !== null);
        if (posts.length === 0) return { deliveries: [], examined: subscriptions.length };
        // ON CONFLICT: the unique (subscription, local date) key makes a second claim for a day a no-op.
        const inserted = await client.query(
          `INSERT INTO deliveries (id, subscription_id, local_date, fact_id, cycle, state, attempts, claim_token, owner, claimed_at, updated_at)
           SELECT v.id, v.subscription_id, v.local_date, v.fact_id, v.cycle, 'claimed', 0, v.claim_token, $7, $8, $8
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS v (id, subscription_id, local_date, fact_id, cycle, claim_token)
           ON CONFLICT (subscription_id, local_date) DO NOTHING RETURNING *`,
          [
            posts.map(() => randomUUID()),
            posts.map((p) => p.s.id),
            posts.map((p) => p.decision.deliver?.localDate),
            posts.map((p) => p.decision.deliver?.factId),
            posts.map((p) => p.s.cycle),
            posts.map(() => randomUUID()),
            owner.id,
            now,
          ],
        );
        const byId = new Map(decisions.map((d) => [d.s.id, d.s]));
        const deliveries: ClaimedDelivery[] = (inserted.rows as Row[]).map((row) => {
          const delivery = toDelivery(row);
          const subscription = byId.get(delivery.subscriptionId);
          if (!subscription) throw new Error("claimed a delivery for an unknown subscription");
          return { delivery, subscription };
        });
        return { deliveries, examined: subscriptions.length };
      }, CLAIM_BEGIN);
    },
    async reclaimStale(rule, now, platforms, limit) {
      return transaction(async (client) => {
        await client.query(
          `UPDATE deliveries SET state = 'unknown', error = 'the sending process stopped mid-send', updated_at = $1
           WHERE state = 'sending' AND (updated_at < $2 OR (owner IS NOT NULL AND NOT owner = ANY($3)))`,
          [now, rule.staleBefore, rule.liveOwners],
        );
        const { rows } = await client.query(
          `UPDATE deliveries SET claim_token = md5(random()::text || clock_timestamp()::text), owner = $5, claimed_at = $2, updated_at = $2
           WHERE id IN (
             SELECT d.id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
             WHERE d.state = 'claimed' AND (d.claimed_at < $1 OR (d.owner IS NOT NULL AND NOT d.owner = ANY($6)))
               AND s.platform = ANY($3)
             LIMIT $4 FOR UPDATE OF d SKIP LOCKED)
           RETURNING *`,
          [rule.staleBefore, now, platforms, limit, rule.owner.id, rule.liveOwners],
        );
        const deliveries = (rows as Row[]).map(toDelivery);
        const subscriptions = await subscriptionsById(
          client,
          deliveries.map((d) => d.subscriptionId),
        );
        return deliveries.flatMap((delivery) => {
          const subscription = subscriptions.get(delivery.subscriptionId);
          return subscription ? [{ delivery, subscription }] : [];
        });
      });
    },
    async beat(owner, now) {
      await pool.query(
        `INSERT INTO heartbeats (id, host, pid, beat_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at`,
        [owner.id, owner.host, owner.pid, now],
      );
    },
    async listOwners() {
      const { rows } = await pool.query("SELECT * FROM heartbeats");
      return (rows as Row[]).map(toOwnerBeat);
    },
    async removeOwners(ids) {
      await pool.query("DELETE FROM heartbeats WHERE id = ANY($1)", [ids]);
    },
    async startSending(deliveryId, claimToken, now) {
      const result = await pool.query(
        "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = $1 WHERE id = $2 AND claim_token = $3 AND state = 'claimed'",
        [now, deliveryId, claimToken],
      );
      return result.rowCount === 1;
    },
    async finishDelivery(deliveryId, outcome, now) {
      // One statement: the delivery's outcome and, when sent, the rotation's step.
      await pool.query(
        `WITH done AS (
           UPDATE deliveries SET state = $1, message_id = $2, error = $3, updated_at = $4
           WHERE id = $5 AND state <> 'sent' RETURNING subscription_id, cycle)
         UPDATE subscriptions s SET position = s.position + 1 FROM done
         WHERE $1 = 'sent' AND s.id = done.subscription_id AND s.cycle = done.cycle`,
        [
          outcome.state,
          outcome.state === "sent" ? outcome.messageId : null,
          outcome.state === "sent" ? null : outcome.error,
          now,
          deliveryId,
        ],
      );
    },
    async recordSends(finished, starting, now) {
      // One statement, so one round trip and one commit for the whole batch.
      const { rows } = await pool.query(
        `WITH done AS (
           UPDATE deliveries d SET state = f.state, message_id = f.message_id, error = f.error, updated_at = f.at
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS f (id, state, message_id, error, at)
           WHERE d.id = f.id AND d.state <> 'sent' RETURNING d.subscription_id, d.cycle, d.state),
         moved AS (
           UPDATE subscriptions s SET position = s.position + 1 FROM done
           WHERE done.state = 'sent' AND s.id = done.subscription_id AND s.cycle = done.cycle RETURNING s.id),
         started AS (
           UPDATE deliveries d SET state = 'sending', attempts = d.attempts + 1, updated_at = $8
           FROM unnest($6::text[], $7::text[]) AS t (id, claim_token)
           WHERE d.id = t.id AND d.claim_token = t.claim_token AND d.state = 'claimed' RETURNING d.id)
         SELECT id FROM started`,
        [
          finished.map((f) => f.deliveryId),
          finished.map((f) => f.outcome.state),
          finished.map((f) => (f.outcome.state === "sent" ? f.outcome.messageId : null)),
          finished.map((f) => (f.outcome.state === "sent" ? null : f.outcome.error)),
          finished.map((f) => f.at),
          starting.map((s) => s.deliveryId),
          starting.map((s) => s.claimToken),
          now,
        ],
      );
      return new Set((rows as Row[]).map((r) => String(r.id)));
    },
    async updateHealth(subscriptionId, health, now) {
      await pool.query(
        `UPDATE subscriptions SET failure_count = $1, last_error = $2, paused_reason = $3, paused_fix = $4, updated_at = $5,
           next_post_at = CASE WHEN $3::text IS NULL THEN next_post_at ELSE NULL END WHERE id = $6`,
        [
          health.failureCount,
          health.lastError,
          health.pausedReason,
          health.pausedFix,
          now,
          subscriptionId,
        ],
      );
    },
    async saveInstallation(platform, key, data, now) {
      await pool.query(
        `INSERT INTO installations (platform, install_key, data, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, install_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
        [platform, key, JSON.stringify(data), now],
      );
    },
    async getInstallation(platform, key) {
      const { rows } = await pool.query(
        "SELECT data FROM installations WHERE platform = $1 AND install_key = $2",
        [platform, key],
      );
      return (rows[0] as Row | undefined)?.data;
    },
    async deleteInstallation(platform, key) {
      const result = await pool.query(
        "DELETE FROM installations WHERE platform = $1 AND install_key = $2",
        [platform, key],
      );
      return result.rowCount ?? 0;
    },
    async listInstallationKeys(platform) {
      const { rows } = await pool.query(
        "SELECT install_key FROM installations WHERE platform = $1 ORDER BY install_key",
        [platform],
      );
      return (rows as Row[]).map((r) => String(r.install_key));
    },
    async rememberSeenEvent(key, now, expiresAt) {
      // Expired keys go now and then, so the table stays small without a timer.
      if (Math.random() < PRUNE_CHANCE)
        await pool.query("DELETE FROM seen_events WHERE expires_at < $1", [now]);
      // An expired key is replaced in the same statement; a live one makes the insert a no-op.
      const result = await pool.query(
        `INSERT INTO seen_events (key, expires_at) VALUES ($1, $3)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at < $2`,
        [key, now, expiresAt],
      );
      return result.rowCount === 1;
    },
    async listDeliveries(subscriptionId, limit) {
      const { rows } = await pool.query(
        "SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY local_date DESC LIMIT $2",
        [subscriptionId, limit],
      );
      return (rows as Row[]).map(toDelivery);
    },
  };
}
