/**
 * Faults the fake Discord injects into channel message posts, per channel or per call: a 429
 * (per route or global), an HTTP error, a Discord JSON error (403 Missing Access, 404 Unknown
 * Channel…), a hang (the client times out), or a slow answer.
 */

/** One way a create-message call can go wrong. */
export type DiscordFault =
  /**
   * HTTP 429 with `{ message, retry_after, global }`, Retry-After (whole seconds, rounded up)
   * and X-RateLimit-* headers; `headersOnly` drops the body, as Cloudflare's own 429 does.
   * Nothing posted.
   */
  | { kind: "rate-limited"; retryAfterS: number; global?: boolean; headersOnly?: boolean }
  /** An HTTP error status without a Discord body (e.g. 500, 502); nothing posted. */
  | { kind: "http-error"; status: number }
  /** A Discord error: `status` with `{ message, code }`; nothing posted. */
  | { kind: "discord-error"; status: number; code: number; message: string }
  /**
   * Never answers: the client times out. With `posted`, the message is created first (and its
   * nonce remembered), as when Discord posted but the answer was lost.
   */
  | { kind: "hang"; posted?: boolean }
  /** Posts at once, answers after `delayMs`. */
  | { kind: "slow"; delayMs: number };

/** Discord's errors for a channel the bot cannot post in, as the API sends them. */
export const DISCORD_ERRORS = {
  missingAccess: { kind: "discord-error", status: 403, code: 50001, message: "Missing Access" },
  missingPermissions: {
    kind: "discord-error",
    status: 403,
    code: 50013,
    message: "Missing Permissions",
  },
  unknownChannel: { kind: "discord-error", status: 404, code: 10003, message: "Unknown Channel" },
  unknownGuild: { kind: "discord-error", status: 404, code: 10004, message: "Unknown Guild" },
  unauthorized: { kind: "discord-error", status: 401, code: 0, message: "401: Unauthorized" },
} as const satisfies Record<string, DiscordFault>;

/** Which calls a fault hits. */
export interface FaultRule {
  fault: DiscordFault;
  /** Only posts to this channel; any channel when unset. */
  channel?: string;
  /** How many matching calls it hits before it is used up; every one when unset. */
  times?: number;
}

/** The faults waiting to happen. */
export interface FaultBook {
  add(rule: FaultRule): void;
  clear(): void;
  /** The fault for a post to `channelId`, if any (and counts it). */
  take(channelId: string): DiscordFault | undefined;
}

/** An empty book. Rules are checked in the order they were added. */
export function createFaultBook(): FaultBook {
  let rules: Array<FaultRule & { left: number }> = [];
  return {
    add(rule) {
      rules.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clear() {
      rules = [];
    },
    take(channelId) {
      const rule = rules.find(
        (r) => r.left > 0 && (r.channel === undefined || r.channel === channelId),
      );
      if (!rule) return undefined;
      rule.left--;
      return rule.fault;
    },
  };
}
