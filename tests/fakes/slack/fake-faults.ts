/**
 * Faults the fake Slack injects, per channel or per call: a 429 with Retry-After, an HTTP
 * error, a Slack error (HTTP 200, ok false), a hang (the client times out), or a slow answer.
 */

/** One way a call can go wrong. */
export type FakeFault =
  /**
   * HTTP 429 with `Retry-After: retryAfterS` (no header when unset, as a proxy might send it)
   * and `{ok:false,error:"ratelimited"}`; nothing posted.
   */
  | { kind: "rate-limited"; retryAfterS?: number }
  /** An HTTP error status (e.g. 500); nothing posted. */
  | { kind: "http-error"; status: number }
  /** HTTP 200 with `{ok:false,error}`, e.g. not_in_channel. */
  | { kind: "slack-error"; error: string }
  /** Never answers: the client times out. Nothing posted. */
  | { kind: "hang" }
  /** Does the call at once (a post shows up), answers after `delayMs`. */
  | { kind: "slow"; delayMs: number }
  /** Does the call at once (a post shows up), answers only when the test releases it. */
  | { kind: "held" };

/** Which calls a fault hits. */
export interface FaultRule {
  fault: FakeFault;
  /** The Web API method; chat.postMessage when unset. */
  method?: string;
  /** Only calls about this channel; any channel when unset. */
  channel?: string;
  /** How many matching calls it hits before it is used up; every one when unset. */
  times?: number;
}

/** The faults waiting to happen. */
export interface FaultBook {
  add(rule: FaultRule): void;
  clear(): void;
  /** The fault for this call, if any (and counts it). */
  take(method: string, args: Record<string, unknown>): FakeFault | undefined;
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
    take(method, args) {
      const rule = rules.find(
        (r) =>
          r.left > 0 &&
          (r.method ?? "chat.postMessage") === method &&
          (r.channel === undefined || r.channel === args.channel),
      );
      if (!rule) return undefined;
      rule.left--;
      return rule.fault;
    },
  };
}
