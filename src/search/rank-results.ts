/**
 * The relevance policy: which full-text matches are worth showing, in which order.
 * Results are never padded: a passage must cover enough of the query and score close
 * enough to the best one, or it is left out.
 */
import { SEARCH_OPTIONS, type SearchOptions } from "./search-options.js";

/** A passage's raw full-text result: its score and which query groups it matched. */
export interface Candidate {
  id: string;
  /** minisearch's score times the passage's prior (see {@link passagePrior}). */
  score: number;
  /** How many of the query's word groups the passage covers. */
  covered: number;
  /** The summed weight of the groups it covers (see {@link groupWeight}). */
  coveredWeight: number;
  /** Its source's ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the newer wins a tie; "" when unknown. */
  date?: string;
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
 * Orders candidates by coverage, then score, then the newer source first (when sources
 * disagree, the later document says it last), then id; and keeps only those that cover as many groups
 * as the best one and score within `minRelativeScore` of it. Returns [] when no candidate
 * covers `minQueryCoverage` of `totalWeight` (the weight of all the query's groups).
 */
export function rankCandidates<C extends Candidate>(
  candidates: readonly C[],
  totalWeight: number,
  options: SearchOptions["relevance"] = SEARCH_OPTIONS.relevance,
): C[] {
  // Ties go to the newer source (sources may disagree in date), then to the id.
  const order = (a: Candidate, b: Candidate) =>
    b.covered - a.covered ||
    b.score - a.score ||
    (b.date ?? "").localeCompare(a.date ?? "") ||
    a.id.localeCompare(b.id);
  // The best candidate in one pass, then sort only those kept: the same list as sorting all
  // and filtering (the sort is stable), without sorting thousands of hits that are dropped.
  let best: C | undefined;
  let bestWeight = 0;
  for (const candidate of candidates) {
    if (best === undefined || order(candidate, best) < 0) best = candidate;
    bestWeight = Math.max(bestWeight, candidate.coveredWeight);
  }
  if (best === undefined || bestWeight < totalWeight * options.minQueryCoverage) return [];
  const top = best;
  return candidates
    .filter((c) => c.covered === top.covered && c.score >= top.score * options.minRelativeScore)
    .sort(order);
}
