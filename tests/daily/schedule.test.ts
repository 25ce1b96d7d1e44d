/**
 * Posting times per channel timezone, right across daylight-saving changes.
 */
import { describe, expect, it } from "vitest";
import { dueSlotToday, nextSlot } from "../../src/daily/schedule.js";
import { zonedToInstant } from "../../src/daily/zoned-time.js";

const paris = { time: "09:00", timeZone: "Europe/Paris", days: "everyday" as const };

describe("next post time", () => {
  it("is 07:00 UTC in summer and 08:00 UTC in winter for 09:00 Europe/Paris", () => {
    expect(nextSlot(paris, new Date("2026-07-14T12:00:00Z")).at.toISOString()).toBe(
      "2026-07-15T07:00:00.000Z",
    );
    expect(nextSlot(paris, new Date("2026-01-14T12:00:00Z")).at.toISOString()).toBe(
      "2026-01-15T08:00:00.000Z",
    );
  });

  it("moves from 08:00 to 07:00 UTC over the spring change (last Sunday of March)", () => {
    const saturday = nextSlot(paris, new Date("2026-03-27T12:00:00Z"));
    expect(saturday).toEqual({ localDate: "2026-03-28", at: new Date("2026-03-28T08:00:00Z") });
    const sunday = nextSlot(paris, saturday.at);
    expect(sunday).toEqual({ localDate: "2026-03-29", at: new Date("2026-03-29T07:00:00Z") });
  });

  it("moves from 07:00 to 08:00 UTC over the autumn change (last Sunday of October)", () => {
    const saturday = nextSlot(paris, new Date("2026-10-23T12:00:00Z"));
    expect(saturday.at.toISOString()).toBe("2026-10-24T07:00:00.000Z");
    expect(nextSlot(paris, saturday.at)).toEqual({
      localDate: "2026-10-25",
      at: new Date("2026-10-25T08:00:00Z"),
    });
  });

  it("handles a time that does not exist on spring-forward day by moving it past the gap", () => {
    expect(
      zonedToInstant({ year: 2026, month: 3, day: 29 }, 2, 30, "Europe/Paris").toISOString(),
    ).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the first of a time that happens twice on fall-back day", () => {
    expect(
      zonedToInstant({ year: 2026, month: 10, day: 25 }, 2, 30, "Europe/Paris").toISOString(),
    ).toBe("2026-10-25T00:30:00.000Z");
  });

  it("follows New York's own change dates, which differ from Europe's", () => {
    const ny = { time: "08:30", timeZone: "America/New_York", days: "everyday" as const };
    expect(nextSlot(ny, new Date("2026-03-07T20:00:00Z")).at.toISOString()).toBe(
      "2026-03-08T12:30:00.000Z",
    );
    expect(nextSlot(ny, new Date("2026-03-06T20:00:00Z")).at.toISOString()).toBe(
      "2026-03-07T13:30:00.000Z",
    );
  });

  it("posts on weekdays only when asked: Friday's next slot is Monday", () => {
    const weekdays = { ...paris, days: "weekdays" as const };
    expect(nextSlot(weekdays, new Date("2026-11-27T09:00:00Z"))).toEqual({
      localDate: "2026-11-30",
      at: new Date("2026-11-30T08:00:00Z"),
    });
  });

  it("uses the local date, not UTC's: just after midnight in Tokyo is already the next day", () => {
    const tokyo = { time: "00:30", timeZone: "Asia/Tokyo", days: "everyday" as const };
    expect(nextSlot(tokyo, new Date("2026-06-01T15:00:00Z"))).toEqual({
      localDate: "2026-06-02",
      at: new Date("2026-06-01T15:30:00Z"),
    });
  });
});

describe("due today", () => {
  it("is due once today's time has passed, late or not", () => {
    expect(dueSlotToday(paris, new Date("2026-11-27T07:59:00Z"))).toBeUndefined();
    expect(dueSlotToday(paris, new Date("2026-11-27T08:00:00Z"))?.localDate).toBe("2026-11-27");
    expect(dueSlotToday(paris, new Date("2026-11-27T21:00:00Z"))?.localDate).toBe("2026-11-27");
  });

  it("is not due on a weekend for a weekdays subscription", () => {
    expect(
      dueSlotToday({ ...paris, days: "weekdays" }, new Date("2026-11-28T10:00:00Z")),
    ).toBeUndefined();
  });
});
