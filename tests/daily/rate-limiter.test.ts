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

describe("rate limiter pace", () => {
  /** When each of `count` acquisitions went, with every wait ending `lateMs` after it should. */
  async function acquireAll(count: number, lateMs: (i: number) => number): Promise<number[]> {
    const clock = createManualClock("2026-01-01T00:00:00Z");
    let waits = 0;
    const limiter = createRateLimiter({ requests: 45, perMs: 1000 }, clock, async (ms) =>
      clock.advance(ms + lateMs(waits++)),
    );
    const stamps: number[] = [];
    for (let i = 0; i < count; i++) {
      await limiter.acquire();
      stamps.push(clock.now().getTime());
    }
    return stamps;
  }

  const mostInAnySecond = (stamps: number[]) =>
    Math.max(...stamps.map((t) => stamps.filter((u) => u >= t && u < t + 1000).length));

  it("keeps its rate when timers fire late: a late turn does not push the later ones back", async () => {
    // Timers late by 2–4 ms, as on a busy event loop (Discord's spacing is 22.2 ms).
    const stamps = await acquireAll(451, (i) => 2 + (i % 3));
    const seconds = ((stamps.at(-1) ?? 0) - (stamps[0] ?? 0)) / 1000;
    // 450 spacings of 1000/45 ms are 10 s; spacing from each late turn took 11.1 s and more.
    // (The window, at the same rate, still carries a late turn on to the one 45 later.)
    expect(seconds).toBeGreaterThanOrEqual(10);
    expect(seconds).toBeLessThan(10.1);
    expect(mostInAnySecond(stamps)).toBeLessThanOrEqual(45);
  });

  it("never goes over its limit in any window nor sends two within half a spacing, however late each wait ends", async () => {
    const stamps = await acquireAll(300, (i) => (i * 7919) % 40);
    expect(mostInAnySecond(stamps)).toBeLessThanOrEqual(45);
    // Half of 22.2 ms, less the millisecond a turn may be taken early.
    for (let i = 1; i < stamps.length; i++)
      expect((stamps[i] ?? 0) - (stamps[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000 / 45 / 2 - 1);
  });

  it("starts its turns again from now after a pause, with no burst to catch up", async () => {
    const clock = createManualClock("2026-01-01T00:00:00Z");
    const limiter = createRateLimiter({ requests: 45, perMs: 1000 }, clock, async (ms) =>
      clock.advance(ms),
    );
    // Pauses long and short: 5 s, and 1–2 spacings (where a grid kept would bring a burst).
    for (const pause of [5_000, 30, 44]) {
      await limiter.acquire();
      clock.advance(pause);
      const stamps: number[] = [];
      for (let i = 0; i < 3; i++) {
        await limiter.acquire();
        stamps.push(clock.now().getTime());
      }
      expect((stamps[1] ?? 0) - (stamps[0] ?? 0), `after ${pause} ms`).toBeGreaterThanOrEqual(11);
      expect((stamps[2] ?? 0) - (stamps[1] ?? 0), `after ${pause} ms`).toBeGreaterThanOrEqual(11);
      clock.advance(5_000);
    }
  });
});
