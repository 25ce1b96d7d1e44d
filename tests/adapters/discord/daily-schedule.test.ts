/**
 * When daily posts go out on Discord, across daylight-saving changes and on weekdays only: a
 * subscription made with `/ct daily on` through the gateway, ticks of the real scheduler on a
 * manual clock, posts counted at the fake Discord.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type DailyRig, startDailyRig } from "./daily-setup.js";

describe("daily post times on Discord", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  /** Ticks at `instant` and returns how many fact cards it posted. */
  const postsAt = async (r: DailyRig, instant: string) => {
    const before = r.factPosts().length;
    r.clock.set(instant);
    await r.scheduler.tick();
    return r.factPosts().length - before;
  };

  it("posts 09:00 Europe/Paris at 07:00 UTC the day before the October change, 08:00 UTC after it", async () => {
    // Clocks go back on Sunday 25 October 2026 (03:00 CEST → 02:00 CET).
    rig = await startDailyRig({ at: "2026-10-23T12:00:00Z" });
    await rig.ask({ action: "on" });

    expect(await postsAt(rig, "2026-10-24T06:59:00Z")).toBe(0);
    expect(await postsAt(rig, "2026-10-24T07:00:00Z")).toBe(1); // 09:00 CEST (UTC+2)
    expect((await rig.ask({ action: "status" })).text).toContain(
      "Sun 25 Oct 2026, 09:00 (Europe/Paris)",
    );
    expect(await rig.subscription()).toMatchObject({
      nextPostAt: new Date("2026-10-25T08:00:00Z"),
    });
    expect(await postsAt(rig, "2026-10-25T07:00:00Z")).toBe(0); // 08:00 CET: not yet
    expect(await postsAt(rig, "2026-10-25T08:00:00Z")).toBe(1); // 09:00 CET (UTC+1)
    expect(await postsAt(rig, "2026-10-25T12:00:00Z")).toBe(0);
  });

  it("posts 09:00 Europe/Paris at 08:00 UTC the day before the March change, 07:00 UTC after it", async () => {
    // Clocks go forward on Sunday 29 March 2026 (02:00 CET → 03:00 CEST).
    rig = await startDailyRig({ at: "2026-03-27T12:00:00Z" });
    await rig.ask({ action: "on" });

    expect(await postsAt(rig, "2026-03-28T07:59:00Z")).toBe(0);
    expect(await postsAt(rig, "2026-03-28T08:00:00Z")).toBe(1); // 09:00 CET (UTC+1)
    expect(await rig.subscription()).toMatchObject({
      nextPostAt: new Date("2026-03-29T07:00:00Z"),
    });
    expect(await postsAt(rig, "2026-03-29T06:59:00Z")).toBe(0);
    expect(await postsAt(rig, "2026-03-29T07:00:00Z")).toBe(1); // 09:00 CEST (UTC+2)
    expect(await postsAt(rig, "2026-03-29T08:00:00Z")).toBe(0);
  });

  it("on weekdays only, skips Saturday and Sunday", async () => {
    // Friday 6 March 2026, noon in Paris.
    rig = await startDailyRig({ at: "2026-03-06T11:00:00Z" });
    const { text } = await rig.ask({ action: "on", days: "weekdays" });
    expect(text).toContain("Next post: Mon 9 Mar 2026, 09:00 (Europe/Paris)");

    expect(await postsAt(rig, "2026-03-07T08:00:00Z")).toBe(0);
    expect(await postsAt(rig, "2026-03-08T08:00:00Z")).toBe(0);
    expect(await postsAt(rig, "2026-03-09T08:00:00Z")).toBe(1);
  });
});
