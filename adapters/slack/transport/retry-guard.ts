/**
 * Slack's retry guard: Bolt middleware that runs before every listener, recognises a request
 * Slack re-sends (header x-slack-retry-num, or retry_attempt in Socket Mode) by a key that is
 * the same for every try of one request, acknowledges it without answering again, and tracks
 * the rest as work in flight so stopping can wait for them.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { InFlight } from "../../../src/runtime/in-flight.js";
import type { Logger } from "../../../src/runtime/logger.js";
import type { SeenEvents } from "../../../src/runtime/seen-events.js";

/** Prefix of Slack's keys in the shared seen-events table. */
export const SLACK_SEEN_EVENT_PREFIX = "slack:";

/**
 * The key of a request body as Bolt parsed it, the same for the first try and every retry,
 * different for two requests; undefined when it has none.
 */
export function retryKey(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const b = body as Record<string, unknown>;
  // Events API: event_id is Slack's own id for the event, repeated on retries.
  if (typeof b.event_id === "string") return `event:${b.event_id}`;
  // Slash commands: trigger_id is issued once per invocation.
  if (typeof b.command === "string" && typeof b.trigger_id === "string") {
    return `command:${b.trigger_id}`;
  }
  // Button clicks: one click has one action_ts; two clicks (even of the same button) differ.
  if (b.type === "block_actions" && Array.isArray(b.actions)) {
    const action = b.actions[0] as Record<string, unknown> | undefined;
    const user = b.user as Record<string, unknown> | undefined;
    if (typeof action?.action_ts === "string" && typeof user?.id === "string") {
      return `action:${user.id}:${action.action_ts}:${String(action.action_id)}`;
    }
  }
  return undefined;
}

/** What the guard needs. */
export interface RetryGuardDeps {
  seenEvents: SeenEvents;
  inFlight: InFlight;
  logger: Logger;
}

/** Creates the guard middleware. */
export function createRetryGuard(deps: RetryGuardDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = retryKey(args.body);
    if (key !== undefined && (await alreadySeen(deps, key))) {
      deps.logger.info(
        { key, retryNum: args.context.retryNum, retryReason: args.context.retryReason },
        "ignored a repeated Slack delivery",
      );
      // Slack calls each try a delivery (its own word, kept in the log line operators search for).
      // Acknowledge so Slack stops retrying; events were acknowledged by Bolt already.
      if ("ack" in args && typeof args.ack === "function") await args.ack();
      return;
    }
    await deps.inFlight.track(args.next());
  };
}

/** Whether `key` was handled before. If the store fails, answering twice beats not answering. */
async function alreadySeen(deps: RetryGuardDeps, key: string): Promise<boolean> {
  try {
    return await deps.seenEvents.seen(key);
  } catch (error) {
    deps.logger.warn({ err: error, key }, "seen-event check failed; handling the request anyway");
    return false;
  }
}
