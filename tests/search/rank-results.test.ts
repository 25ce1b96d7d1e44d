/**
 * The relevance policy over candidate columns keeps and orders exactly the candidates the
 * object-by-object policy did (sort all, keep the best one's peers), ties included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Candidates,
  candidateOrder,
  keptCandidates,
  tieOrder,
} from "../../src/search/rank-results.js";
import { SEARCH_OPTIONS } from "../../src/search/search-options.js";
import { topK } from "../../src/search/top-k.js";

interface Row {
  id: string;
  date: string;
  score: number;
  covered: number;
  coveredWeight: number;
}

/** The policy as written before columns: objects, a full stable sort, a filter. */
function reference(rows: readonly Row[], totalWeight: number): string[] {
  const { minQueryCoverage, minRelativeScore } = SEARCH_OPTIONS.relevance;
  const order = (a: Row, b: Row) =>
    b.covered - a.covered ||
    b.score - a.score ||
    b.date.localeCompare(a.date) ||
    a.id.localeCompare(b.id);
  const sorted = [...rows].sort(order);
  const best = sorted[0];
  const bestWeight = Math.max(0, ...rows.map((r) => r.coveredWeight));
  if (best === undefined || bestWeight < totalWeight * minQueryCoverage) return [];
  return sorted
    .filter((r) => r.covered === best.covered && r.score >= best.score * minRelativeScore)
    .map((r) => r.id);
}

function columns(rows: readonly Row[]): Candidates {
  const tie = tieOrder(rows);
  return {
    count: rows.length,
    score: Float64Array.from(rows, (r) => r.score),
    covered: Int32Array.from(rows, (r) => r.covered),
    coveredWeight: Float64Array.from(rows, (r) => r.coveredWeight),
    tie,
  };
}

const row = fc.record({
  // Few ids and dates, some differing only in case: many ties at every key.
  id: fc.constantFrom("a", "b", "B", "p-1", "p-10", "p-2", "p-1-k1", "é"),
  date: fc.constantFrom("", "2013", "2013-03", "2014-01-02"),
  score: fc.constantFrom(0.5, 1, 2, 2.5, 10),
  covered: fc.integer({ min: 0, max: 2 }),
  coveredWeight: fc.constantFrom(0, 0.5, 1, 3),
});

describe("relevance over candidate columns", () => {
  it("keeps and orders the candidates as the full sort and filter did", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.constantFrom(0, 1, 4, 10), (rows, total) => {
        const candidates = columns(rows);
        const kept = keptCandidates(candidates, total);
        const order = candidateOrder(candidates);
        const ranked = topK(kept.length, kept.length, (a, b) => order(kept[a] ?? 0, kept[b] ?? 0));
        const ids = [...ranked].map((k) => rows[kept[k] ?? 0]?.id);
        expect(ids).toEqual(reference(rows, total));
      }),
    );
  });

  it("places the newer source first, then ids in locale order, equal ids together", () => {
    const places = tieOrder([
      { id: "b", date: "2013" },
      { id: "a", date: "2013" },
      { id: "z", date: "2014" },
      { id: "a", date: "2013" },
      { id: "c", date: "" },
    ]);
    expect([...places]).toEqual([3, 1, 0, 1, 4]);
  });
});
