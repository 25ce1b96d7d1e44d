/**
 * Bounded top-k selection gives exactly the first k of a stable full sort, ties included
 * (search ranks thousands of passages to show a page of five).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topK } from "../../src/search/top-k.js";

/** The reference: every position, stably sorted, cut to k. */
function sortedThenCut(values: readonly number[], k: number): number[] {
  return values
    .map((_, i) => i)
    .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0))
    .slice(0, Math.max(0, k));
}

describe("topK", () => {
  it("returns the first k positions of a stable sort, ties kept in position order", () => {
    fc.assert(
      fc.property(
        // Few distinct values: most items tie with others.
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 200 }),
        fc.integer({ min: -2, max: 220 }),
        (values, k) => {
          const found = topK(values.length, k, (a, b) => (values[b] ?? 0) - (values[a] ?? 0));
          expect([...found]).toEqual(sortedThenCut(values, k));
        },
      ),
    );
  });

  it("breaks a multi-key order the same way as a full sort", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.double({ noNaN: true })), {
          maxLength: 150,
        }),
        fc.integer({ min: 0, max: 20 }),
        (rows, k) => {
          const order = (a: number, b: number) =>
            (rows[b]?.[0] ?? 0) - (rows[a]?.[0] ?? 0) || (rows[b]?.[1] ?? 0) - (rows[a]?.[1] ?? 0);
          const full = rows.map((_, i) => i).sort(order);
          expect([...topK(rows.length, k, order)]).toEqual(full.slice(0, k));
        },
      ),
    );
  });

  it("returns nothing for k = 0 or no items, and every item when k exceeds them", () => {
    const byValue = (a: number, b: number) => a - b;
    expect([...topK(5, 0, byValue)]).toEqual([]);
    expect([...topK(0, 5, byValue)]).toEqual([]);
    expect([...topK(3, 10, (a, b) => b - a)]).toEqual([2, 1, 0]);
  });
});
