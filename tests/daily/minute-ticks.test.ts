/**
 * Ticks at the minute: started at any second, the scheduler wakes at each minute boundary,
 * so a post leaves at its slot instead of up to half a minute late. Manual clock, injected
 * wait: nothing waits for real.
 */
import { afterEach, describe, expect, it } from "vitest";
import { msToNextMinute } from "../../src/daily/minute-ticker.js";
import { startedScheduler } from "./ticker-rig.js";

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
});

describe("minute-aligned ticks", () => {
  it("wakes at each minute boundary and posts within 5 s of the slot", async () => {
    // 09:42:37 in Paris; the post is due at 09:43.
    const rig = await startedScheduler("2026-03-03T08:42:37.250Z", "09:43");
    stop = rig.stop;
    await rig.runUntil(new Date("2026-03-03T08:45:00Z"));
    expect(rig.waits.slice(0, 3)).toEqual([22_750, 60_000, 60_000]);
    expect(rig.posts).toHaveLength(1);
    const late = (rig.posts[0]?.getTime() ?? 0) - Date.parse("2026-03-03T08:43:00Z");
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(5_000);
  });

  it("measures the wait from the end of a tick, so a slow tick does not drift", () => {
    expect(msToNextMinute(new Date("2026-03-03T08:43:59.999Z"))).toBe(1);
    expect(msToNextMinute(new Date("2026-03-03T08:44:00.000Z"))).toBe(60_000);
    expect(msToNextMinute(new Date("2026-03-03T08:44:30.000Z"))).toBe(30_000);
  });
});
