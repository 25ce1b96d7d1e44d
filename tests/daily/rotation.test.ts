/**
 * Each channel walks every fact in its own order, no repeat until the cycle ends.
 */
import { describe, expect, it } from "vitest";
import { nextFact, remainingFacts } from "../../src/daily/rotation.js";

const facts = Array.from({ length: 29 }, (_, i) => `fact-${i}`);

function walk(
  ids: readonly string[],
  seed: string,
  days: number,
): Array<{ factId: string; cycle: number }> {
  const picks: Array<{ factId: string; cycle: number }> = [];
  let cycle = 0;
  let used = new Set<string>();
  for (let day = 0; day < days; day++) {
    const pick = nextFact(ids, { seed, cycle, used });
    if (!pick) break;
    if (pick.cycle !== cycle) {
      cycle = pick.cycle;
      used = new Set();
    }
    used.add(pick.factId);
    picks.push({ factId: pick.factId, cycle: pick.cycle });
  }
  return picks;
}

describe("rotation", () => {
  it("shows every fact once per cycle, then starts a new cycle by itself", () => {
    const picks = walk(facts, "channel-a", 58);
    const first = picks.slice(0, 29).map((p) => p.factId);
    expect(new Set(first).size).toBe(29);
    expect(picks.slice(0, 29).every((p) => p.cycle === 0)).toBe(true);
    expect(picks.slice(29).every((p) => p.cycle === 1)).toBe(true);
    expect(new Set(picks.slice(29).map((p) => p.factId)).size).toBe(29);
  });

  it("gives each channel its own order", () => {
    expect(walk(facts, "channel-a", 29).map((p) => p.factId)).not.toEqual(
      walk(facts, "channel-b", 29).map((p) => p.factId),
    );
  });

  it("reshuffles each cycle", () => {
    const picks = walk(facts, "channel-a", 58).map((p) => p.factId);
    expect(picks.slice(29)).not.toEqual(picks.slice(0, 29));
  });

  it("lets a fact added mid-cycle join the current cycle, without reordering the others", () => {
    const used = new Set(walk(facts, "c", 10).map((p) => p.factId));
    const before = remainingFacts(facts, { seed: "c", cycle: 0, used });
    const after = remainingFacts([...facts, "fact-new"], { seed: "c", cycle: 0, used });
    expect(after).toContain("fact-new");
    expect(after.filter((id) => id !== "fact-new")).toEqual(before);
  });

  it("skips a removed fact", () => {
    const next = nextFact(facts, { seed: "c", cycle: 0, used: new Set() });
    const without = facts.filter((id) => id !== next?.factId);
    expect(nextFact(without, { seed: "c", cycle: 0, used: new Set() })?.factId).not.toBe(
      next?.factId,
    );
  });

  it("counts what remains in the cycle", () => {
    expect(
      nextFact(facts, { seed: "c", cycle: 0, used: new Set(facts.slice(0, 5)) })?.remainingAfter,
    ).toBe(23);
  });
});
