/**
 * Freshness of signed platform requests. A signature proves who sent a request, not when: a
 * captured request stays validly signed forever. Slack and Discord both put the sending time
 * (Unix seconds) in a signed header; a request whose time is too far from ours, in either
 * direction, is refused, so a capture can only be replayed within that window (and the
 * seen-events record refuses it there).
 */

/** How far a signed request's timestamp may be from our clock, either way, in seconds (Slack's 5 minutes). */
export const SIGNED_REQUEST_MAX_SKEW_S = 300;

/**
 * True when `timestamp` (decimal Unix seconds, as the platforms send it) is within
 * {@link SIGNED_REQUEST_MAX_SKEW_S} of `nowMs` (milliseconds since the epoch), past or future.
 *
 * @example
 * if (!isFreshTimestamp(request.headers["x-signature-timestamp"], Date.now())) answer401();
 */
export function isFreshTimestamp(
  timestamp: string | undefined,
  nowMs: number,
  maxSkewS: number = SIGNED_REQUEST_MAX_SKEW_S,
): boolean {
  if (timestamp === undefined || !/^\d{1,12}$/u.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= maxSkewS;
}
