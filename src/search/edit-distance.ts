/**
 * Edit distance for "did you mean" and corrections: Levenshtein plus adjacent transpositions
 * (optimal string alignment), since "Indai" and "Sahle" are one slip of the fingers away.
 */
import { foldCase } from "../content/fold-text.js";

/**
 * Number of single-character edits (a swap of two neighbours counts as one) turning `a` into
 * `b`, compared in the one matching normalisation (case and accents ignored).
 */
export function editDistance(a: string, b: string): number {
  const x = foldCase(a);
  const y = foldCase(b);
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}
