/**
 * The Store: one database (SQLite embedded by default, PostgreSQL for many replicas) behind
 * three narrow interfaces, so each part of the bot sees only what it needs: daily posts
 * ({@link DailyStore}), platform installations ({@link InstallationStore}, Slack OAuth) and
 * seen events ({@link SeenEventStore}, requests a platform re-sends). Both implementations run
 * the same migrations and one contract test suite.
 */
import type { DailyStore, Platform } from "../daily/daily-store.js";

/** Opening, migrating and closing the database. */
export interface StoreLifecycle {
  readonly kind: "sqlite" | "postgres";
  /** Applies pending migrations; safe to run at every start and from several replicas. */
  migrate(): Promise<void>;
  /** Resolves when the database answers; for readiness checks. */
  ping(): Promise<void>;
  /**
   * Resolves when a write commits (a probe row is updated); rejects with
   * StoreNotWritableError whose message says why not: disk full, read-only, file deleted.
   * For readiness: a store that only answers reads cannot claim or record posts.
   */
  checkWritable(now: Date): Promise<void>;
  close(): Promise<void>;
}

/** Platform installations (e.g. a Slack workspace's tokens), one JSON document per key. */
export interface InstallationStore {
  /** Saves a platform installation (e.g. a Slack workspace's tokens) as JSON under `key`. */
  saveInstallation(platform: Platform, key: string, data: unknown, now: Date): Promise<void>;
  /** The installation saved under `key`, or undefined. */
  getInstallation(platform: Platform, key: string): Promise<unknown>;
  /** Removes installations; returns how many. */
  deleteInstallation(platform: Platform, key: string): Promise<number>;
  /** The keys of every installation of `platform`, sorted (for `ct-bot secrets rotate`). */
  listInstallationKeys(platform: Platform): Promise<string[]>;
}

/** Platform events already handled, so a re-sent request is answered once across replicas. */
export interface SeenEventStore {
  /**
   * Records `key` (a platform event or request id) until `expiresAt` and returns true when it was new,
   * false when another process or an earlier request already recorded it: one atomic step,
   * so a retried request is answered once across every replica.
   */
  rememberSeenEvent(key: string, now: Date, expiresAt: Date): Promise<boolean>;
}

/** The whole store, as the composition root opens it. */
export type Store = StoreLifecycle & DailyStore & InstallationStore & SeenEventStore;

/** Share of rememberSeenEvent calls that also delete every expired key. */
export const PRUNE_CHANCE = 0.01;
