/**
 * The fake Discord's 429, shaped like Discord's: a JSON body with `retry_after` in seconds and
 * `global`, and the Retry-After (rounded up) and X-RateLimit-* headers.
 */
import type { FakeAnswer } from "./fake-rest.js";

/** A 429 as Discord sends it: body in seconds, headers rounded up. */
export function rateLimited(retryAfterS: number, global: boolean, headersOnly = false): FakeAnswer {
  return {
    status: 429,
    headers: {
      "retry-after": String(Math.ceil(retryAfterS)),
      "x-ratelimit-limit": global ? "50" : "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": String(retryAfterS),
      "x-ratelimit-bucket": global ? "global" : "fake-channel-messages",
      "x-ratelimit-scope": global ? "global" : "user",
      ...(global ? { "x-ratelimit-global": "true" } : {}),
    },
    ...(headersOnly
      ? {}
      : { body: { message: "You are being rate limited.", retry_after: retryAfterS, global } }),
  };
}
