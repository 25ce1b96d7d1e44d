/**
 * Versioned schema migrations, one list for both databases so they cannot drift: each step
 * has its SQLite and its PostgreSQL form. Append new steps; never edit an applied one.
 */

/** One schema change. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "subscriptions and deliveries",
    sqlite: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        days TEXT NOT NULL,
        active INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        next_post_at TEXT,
        paused_reason TEXT,
        paused_fix TEXT,
        failure_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        seed TEXT NOT NULL,
        cycle INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX subscriptions_due ON subscriptions (next_post_at) WHERE active = 1 AND paused_reason IS NULL;
      CREATE INDEX subscriptions_workspace ON subscriptions (platform, workspace_id);
      CREATE TABLE deliveries (
        id TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        error TEXT,
        claim_token TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (subscription_id, local_date)
      );
      CREATE INDEX deliveries_cycle ON deliveries (subscription_id, cycle);
      CREATE INDEX deliveries_claimed ON deliveries (claimed_at) WHERE state = 'claimed';
    `,
    postgres: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        days TEXT NOT NULL,
        active BOOLEAN NOT NULL,
        created_by TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        next_post_at TIMESTAMPTZ,
        paused_reason TEXT,
        paused_fix TEXT,
        failure_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        seed TEXT NOT NULL,
        cycle INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX subscriptions_due ON subscriptions (next_post_at) WHERE active AND paused_reason IS NULL;
      CREATE INDEX subscriptions_workspace ON subscriptions (platform, workspace_id);
      CREATE TABLE deliveries (
        id TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        error TEXT,
        claim_token TEXT NOT NULL,
        claimed_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        UNIQUE (subscription_id, local_date)
      );
      CREATE INDEX deliveries_cycle ON deliveries (subscription_id, cycle);
      CREATE INDEX deliveries_claimed ON deliveries (claimed_at) WHERE state = 'claimed';
    `,
  },
  {
    version: 2,
    name: "platform installations and seen deliveries",
    sqlite: `
      CREATE TABLE installations (
        platform TEXT NOT NULL,
        install_key TEXT NOT NULL,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, install_key)
      );
      CREATE TABLE seen_deliveries (
        key TEXT PRIMARY KEY,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX seen_deliveries_expiry ON seen_deliveries (expires_at);
    `,
    postgres: `
      CREATE TABLE installations (
        platform TEXT NOT NULL,
        install_key TEXT NOT NULL,
        data JSONB NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (platform, install_key)
      );
      CREATE TABLE seen_deliveries (
        key TEXT PRIMARY KEY,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX seen_deliveries_expiry ON seen_deliveries (expires_at);
    `,
  },
  {
    version: 3,
    name: "seen deliveries renamed seen events",
    // "Delivery" means a daily post's delivery; a platform's re-sent request is a seen event.
    sqlite: `
      ALTER TABLE seen_deliveries RENAME TO seen_events;
      DROP INDEX seen_deliveries_expiry;
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);
    `,
    postgres: `
      ALTER TABLE seen_deliveries RENAME TO seen_events;
      ALTER INDEX seen_deliveries_expiry RENAME TO seen_events_expiry;
    `,
  },
  {
    version: 4,
    name: "claim owners, heartbeats and rotation position",
    // A claim names the process that owns it, so a restart takes over the claims of a dead
    // owner at once; a heartbeat row per process says who is alive and proves the store can
    // write (readiness). The rotation walks a per-cycle permutation by position, advanced
    // only when a post is sent; cycle_size 0 starts a fresh cycle at the next post.
    sqlite: `
      ALTER TABLE deliveries ADD COLUMN owner TEXT;
      ALTER TABLE subscriptions ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE subscriptions ADD COLUMN cycle_size INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE heartbeats (
        id TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        beat_at TEXT NOT NULL
      );
      CREATE TABLE store_probe (id INTEGER PRIMARY KEY, probed_at TEXT NOT NULL);
      CREATE INDEX deliveries_sending ON deliveries (updated_at) WHERE state = 'sending';
    `,
    postgres: `
      ALTER TABLE deliveries ADD COLUMN owner TEXT;
      ALTER TABLE subscriptions ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE subscriptions ADD COLUMN cycle_size INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE heartbeats (
        id TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        beat_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE store_probe (id INTEGER PRIMARY KEY, probed_at TIMESTAMPTZ NOT NULL);
      CREATE INDEX deliveries_sending ON deliveries (updated_at) WHERE state = 'sending';
    `,
  },
  {
    version: 5,
    name: "subscription language",
    // The language a channel's daily card is written in (`daily on … lang:fr`); NULL: the
    // platform's default for the channel (Discord's guild locale, Slack's workspace default).
    sqlite: `
      ALTER TABLE subscriptions ADD COLUMN language TEXT;
    `,
    postgres: `
      ALTER TABLE subscriptions ADD COLUMN language TEXT;
    `,
  },
  {
    version: 6,
    name: "unused deliveries index dropped",
    // No query reads deliveries by (subscription_id, cycle): the rotation step finds a delivery
    // by id. Each daily post paid for the index all the same, three times on PostgreSQL (its
    // insert, then the `sending` and outcome updates, which change `state`, a column of the
    // `deliveries_claimed` predicate, so they are never heap-only). A 100k-post tick on
    // PostgreSQL took 21.9 s with it and 20.1 s without (medians of six runs, alternated, on
    // the bench machine of issue 12; bench/daily-store-bench.ts).
    sqlite: `
      DROP INDEX IF EXISTS deliveries_cycle;
    `,
    postgres: `
      DROP INDEX IF EXISTS deliveries_cycle;
    `,
  },
];
