/**
 * Connecting to something outside (a platform, the database) at start-up without blocking the
 * process: attempts repeat with exponential backoff until one succeeds, each failure is logged
 * once per attempt (so at most once per interval), and the current state is readable for
 * /readyz. A failure `isFatal` says will never heal (a refused token) stops the attempts.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../src/runtime/logger.js";

/** First wait after a failed attempt, in milliseconds. */
export const CONNECT_BACKOFF_FIRST_MS = 1_000;
/** Longest wait between attempts, in milliseconds. */
export const CONNECT_BACKOFF_MAX_MS = 30_000;

/** Where one connection stands: `reason` says why it is not up yet. */
export interface ConnectionState {
  readonly up: boolean;
  readonly reason: string;
}

/** Options for {@link connectWithBackoff}. */
export interface ConnectOptions<T> {
  /** What connects, for logs and /readyz ("slack", "discord", "store"). */
  name: string;
  /** One attempt; resolves with the connection, rejects when it failed. */
  attempt: () => Promise<T>;
  /** True for a failure no retry can fix (e.g. a refused token): no more attempts. */
  isFatal?: (error: unknown) => boolean;
  logger: Logger;
  /** Milliseconds; defaults {@link CONNECT_BACKOFF_FIRST_MS}, {@link CONNECT_BACKOFF_MAX_MS}. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Aborts the attempts (shutdown). */
  signal?: AbortSignal;
}

/** A connection in progress. */
export interface Connection<T> {
  /** The state now, for readiness. */
  state(): ConnectionState;
  /** Resolves with the connection; rejects with a fatal error, or when aborted. */
  readonly done: Promise<T>;
}

/**
 * Starts connecting in the background.
 *
 * @example
 * const slack = connectWithBackoff({ name: "slack", attempt: () => startSlack(deps), logger });
 * addHealthRoutes(http, [{ name: "slack", probe: () => slack.state().up }], registry);
 */
export function connectWithBackoff<T>(options: ConnectOptions<T>): Connection<T> {
  const { name, attempt, logger, signal } = options;
  const maxDelay = options.maxDelayMs ?? CONNECT_BACKOFF_MAX_MS;
  let state: ConnectionState = { up: false, reason: "connecting" };
  const run = async (): Promise<T> => {
    let delay = options.firstDelayMs ?? CONNECT_BACKOFF_FIRST_MS;
    for (let tries = 1; ; tries += 1) {
      try {
        const connected = await attempt();
        state = { up: true, reason: "connected" };
        if (tries > 1) logger.info({ connection: name, tries }, `${name} connected`);
        return connected;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (options.isFatal?.(error) === true) {
          state = { up: false, reason: `failed: ${message}` };
          throw error;
        }
        state = { up: false, reason: `unreachable, retrying in ${delay / 1000}s: ${message}` };
        logger.warn(
          { connection: name, tries, retryInMs: delay, err: error },
          `${name} unreachable`,
        );
        await sleep(delay, undefined, signal ? { signal } : {});
        delay = Math.min(delay * 2, maxDelay);
      }
    }
  };
  const done = run();
  done.catch(() => undefined);
  return { state: () => state, done };
}
