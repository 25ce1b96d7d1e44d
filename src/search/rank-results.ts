/**
 * The relevance policy: which full-text matches are worth showing, in which order.
 * Results are never padded: a passage must cover enough of the query and score close
 * enough to the best one, or it is left out.
 */
import { SEARCH_OPTIONS, type SearchOptions } from "./search-options.js";

/**
 * Full-text candidates in columns (one entry per matched passage, no object each): candidate
 * `i` scored `score[i]` (minisearch's score times the passage's prior, see
 * {@link passagePrior}), covers `covered[i]` of the query's word groups, whose summed weight
 * (see {@link groupWeight}) is `coveredWeight[i]`, and comes `tie[i]`-th among all passages by
 * newer source then id (see {@link tieOrder}).
 */
export interface Candidates {
  readonly count: number;
  readonly score: Float64Array;
  readonly covered: Int32Array;
  readonly coveredWeight: Float64Array;
  readonly tie: Int32Array;
}

/**
 * The weight of a query group: its inverse document frequency over `passageCount` passages,
 * `ln(1 + N / df)`, with a group no passage covers counted as if half a passage did (the
 * rarest of all). "terrorism" (in most passages) weighs little; "negotiate" (in none) most.
 */
export function groupWeight(coveringPassages: number, passageCount: number): number {
  return Math.log(1 + passageCount / Math.max(coveringPassages, 0.5));
}

/**
 * A passage's prior: 1, or the intro penalty for a line that only introduces what follows
 * ("… based on a number of principles:") — it ends with a colon or has almost no content words.
 */
export function passagePrior(
  text: string,
  contentWords: number,
  options: SearchOptions["relevance"] = SEARCH_OPTIONS.relevance,
): number {
  const intro = text.trimEnd().endsWith(":") || contentWords <= options.introMaxContentWords;
  return intro ? options.introPenalty : 1;
}

/**
 * The order of results: coverage, then score, then the newer source first (when sources
 * disagree, the later document says it last), then id, as a comparator of candidate positions
 * (negative: `a` first). Candidates it calls equal keep their positions' order.
 */
export function candidateOrder(
  candidates: Pick<Candidates, "covered" | "score" | "tie">,
): (a: number, b: number) => number {
  const { covered, score, tie } = candidates;
  return (a, b) =>
    (covered[b] ?? 0) - (covered[a] ?? 0) ||
    (score[b] ?? 0) - (score[a] ?? 0) ||
    (tie[a] ?? 0) - (tie[b] ?? 0);
}

/**
 * The candidates worth showing, as positions in input order (rank them with
 * {@link candidateOrder}): those that cover as many groups as the best one and score within
 * `minRelativeScore` of it. None when no candidate covers `minQueryCoverage` of `totalWeight`
 * (the weight of all the query's groups).
 */
export function keptCandidates(
  candidates: Candidates,
  totalWeight: number,
  options: SearchOptions["relevance"] = SEARCH_OPTIONS.relevance,
): Int32Array {
  const order = candidateOrder(candidates);
  const { count, covered, score, coveredWeight } = candidates;
  // The best candidate in one pass (the first of equals), then one pass to keep its peers.
  let best = -1;
  let bestWeight = 0;
  for (let i = 0; i < count; i++) {
    if (best < 0 || order(i, best) < 0) best = i;
    bestWeight = Math.max(bestWeight, coveredWeight[i] ?? 0);
  }
  if (best < 0 || bestWeight < totalWeight * options.minQueryCoverage) return new Int32Array(0);
  const topCovered = covered[best] ?? 0;
  const floor = (score[best] ?? 0) * options.minRelativeScore;
  const isKept = (i: number) => covered[i] === topCovered && (score[i] ?? 0) >= floor;
  let size = 0;
  for (let i = 0; i < count; i++) if (isKept(i)) size++;
  const kept = new Int32Array(size);
  for (let i = 0, k = 0; i < count; i++) if (isKept(i)) kept[k++] = i;
  return kept;
}

/**
 * Each passage's place (0 first) in the tie order of results: the newer source first, then
 * the id, both compared with `localeCompare`; passages that compare equal share a place.
 * `passages[i]` is passage i's id and its source's ISO date ("" when unknown).
 */
export function tieOrder(passages: ReadonlyArray<{ id: string; date: string }>): Int32Array {
  const compare = (a: number, b: number) => {
    const x = passages[a];
    const y = passages[b];
    return (y?.date ?? "").localeCompare(x?.date ?? "") || (x?.id ?? "").localeCompare(y?.id ?? "");
  };
  const sorted = Array.from(passages, (_, i) => i).sort(compare);
  const place = new Int32Array(passages.length);
  sorted.forEach((i, n) => {
    const previous = sorted[n - 1];
    place[i] = previous !== undefined && compare(previous, i) === 0 ? (place[previous] ?? 0) : n;
  });
  return place;
}
