/**
 * The sliding-window limiter never lets more than its limit through in any window.
 */
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/daily/rate-limiter.js";
import { createManualClock } from "../../src/runtime/clock.js";

describe("rate limiter", () => {
  it("allows at most N acquisitions in any window, even across window edges", async () => {
    const clock = createManualClock("2026-01-01T00:00:00Z");
    const stamps: number[] = [];
    const limiter = createRateLimiter({ requests: 50, perMs: 1000 }, clock, async (ms) =>
      clock.advance(ms),
    );
    await Promise.all(
      Array.from({ length: 400 }, async (_, i) => {
        if (i % 7 === 0) clock.advance(3);
        await limiter.acquire();
        stamps.push(clock.now().getTime());
      }),
    );
    stamps.sort((a, b) => a - b);
    for (let i = 0; i < stamps.length; i++) {
      const inWindow = stamps.filter(
        (t) => t >= (stamps[i] ?? 0) && t < (stamps[i] ?? 0) + 1000,
      ).length;
      expect(inWindow).toBeLessThanOrEqual(50);
    }
    const seconds = ((stamps.at(-1) ?? 0) - (stamps[0] ?? 0)) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(7);
    expect(seconds).toBeLessThan(8.5);
  });
});
