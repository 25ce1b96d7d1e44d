/**
 * The relevance policy: which full-text matches are worth showing, in which order.
 * Results are never padded: a passage must cover enough of the query and score close
 * enough to the best one, or it is left out.
 */

/** A passage's raw full-text result: its score and which query groups it matched. */
export interface Candidate {
  id: string;
  score: number;
  /** How many of the query's word groups the passage matched. */
  covered: number;
}

/** A result must reach this share of the best score among equally covering results. */
export const MIN_RELATIVE_SCORE = 0.2;

/** The best result must cover at least this share of the query's word groups. */
export const MIN_QUERY_COVERAGE = 0.5;

/**
 * Orders candidates by coverage then score, and keeps only those that cover as many groups
 * as the best one and score within {@link MIN_RELATIVE_SCORE} of it.
 * Returns [] when even the best covers less than {@link MIN_QUERY_COVERAGE} of `groupCount`.
 */
export function rankCandidates(candidates: readonly Candidate[], groupCount: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.covered - a.covered || b.score - a.score || a.id.localeCompare(b.id),
  );
  const best = ordered[0];
  if (best === undefined || best.covered < groupCount * MIN_QUERY_COVERAGE) return [];
  return ordered.filter(
    (c) => c.covered === best.covered && c.score >= best.score * MIN_RELATIVE_SCORE,
  );
}
