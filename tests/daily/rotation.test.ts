/**
 * Each channel walks every fact in its own order, no repeat until the cycle ends; the place in
 * the order moves on only when a post is sent.
 */
import { describe, expect, it } from "vitest";
import { factAt, factsLeft, nextFact, type RotationState } from "../../src/daily/rotation.js";

const facts = Array.from({ length: 29 }, (_, i) => `fact-${i}`);

/** Posts `days` days in a row (every post sent), as the store moves the rotation on. */
function walk(ids: readonly string[], seed: string, days: number, from?: RotationState) {
  const picks: Array<{ factId: string; cycle: number }> = [];
  let state: RotationState = from ?? { seed, cycle: 0, position: 0, cycleSize: 0 };
  for (let day = 0; day < days; day++) {
    const pick = nextFact(ids, state);
    if (!pick) break;
    picks.push({ factId: pick.factId, cycle: pick.cycle });
    state = { seed, cycle: pick.cycle, position: pick.position + 1, cycleSize: pick.cycleSize };
  }
  return { picks, state };
}

describe("rotation", () => {
  it("shows every fact once per cycle, then starts a new cycle by itself", () => {
    const { picks } = walk(facts, "channel-a", 58);
    expect(new Set(picks.slice(0, 29).map((p) => p.factId)).size).toBe(29);
    expect(picks.slice(0, 29).every((p) => p.cycle === 0)).toBe(true);
    expect(picks.slice(29).every((p) => p.cycle === 1)).toBe(true);
    expect(new Set(picks.slice(29).map((p) => p.factId)).size).toBe(29);
  });

  it("never repeats within a cycle, whatever the number of facts", () => {
    for (const size of [1, 2, 3, 5, 16, 17, 64, 100, 2_900]) {
      const ids = Array.from({ length: size }, (_, i) => `f${i}`);
      for (const seed of ["a", "b", "c"]) {
        const order = Array.from({ length: size }, (_, p) => factAt(ids, seed, 3, p));
        expect(new Set(order).size).toBe(size);
      }
    }
  });

  it("gives each channel its own order", () => {
    expect(walk(facts, "channel-a", 29).picks).not.toEqual(walk(facts, "channel-b", 29).picks);
  });

  it("reshuffles each cycle", () => {
    const ids = walk(facts, "channel-a", 58).picks.map((p) => p.factId);
    expect(ids.slice(29)).not.toEqual(ids.slice(0, 29));
  });

  it("repeats a fact that was not posted: a failed day keeps its place", () => {
    const state = { seed: "c", cycle: 0, position: 4, cycleSize: 29 };
    expect(nextFact(facts, state)?.factId).toBe(nextFact(facts, state)?.factId);
    expect(nextFact(facts, { ...state, position: 5 })?.factId).not.toBe(
      nextFact(facts, state)?.factId,
    );
  });

  it("starts a new cycle when the number of facts changes mid-cycle, so none repeats", () => {
    const { picks, state } = walk(facts, "c", 10);
    const grown = [...facts, "fact-new"];
    const next = nextFact(grown, state);
    expect(next).toMatchObject({ cycle: 1, position: 0, cycleSize: 30 });
    const rest = walk(grown, "c", 30, state).picks;
    expect(new Set(rest.map((p) => p.factId)).size).toBe(30);
    expect(rest.every((p) => p.cycle === 1)).toBe(true);
    expect(picks.every((p) => p.cycle === 0)).toBe(true);
  });

  it("counts what remains in the cycle: posted facts only", () => {
    expect(
      nextFact(facts, { seed: "c", cycle: 0, position: 5, cycleSize: 29 })?.remainingAfter,
    ).toBe(23);
    expect(factsLeft(29, { seed: "c", cycle: 0, position: 1, cycleSize: 29 })).toBe(28);
    expect(factsLeft(29, { seed: "c", cycle: 0, position: 0, cycleSize: 0 })).toBe(29);
    expect(factsLeft(29, { seed: "c", cycle: 0, position: 29, cycleSize: 29 })).toBe(29);
  });
});
