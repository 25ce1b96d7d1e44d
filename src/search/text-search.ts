/**
 * Full-text search over the built index: query groups in, ranked and marked hits out, with
 * words no passage contains and "did you mean" suggestions when nothing is worth showing.
 */
import { mentions } from "../content/find-phrase.js";
import type { Content, Passage } from "../content/types.js";
import type { ConceptIndex } from "./concept-index.js";
import { type Mark, markText } from "./highlight.js";
import { markableNames } from "./name-index.js";
import { coverage, type QueryGroup } from "./query-groups.js";
import { groupWeight, rankCandidates } from "./rank-results.js";
import type { QueryScorer, ScoredMatch } from "./score-query.js";
import { SEARCH_OPTIONS } from "./search-options.js";

/** A passage found by a search, with the ranges of its text to mark. */
export interface TextHit {
  passageId: string;
  marks: Mark[];
}

/** What the full-text part of a search found. */
export interface TextResults {
  hits: TextHit[];
  /** Labels of the groups no passage covers, as typed. */
  unmatched: string[];
}

/** What {@link searchText} reads. */
export interface TextSearchContext {
  content: Content;
  /** Runs the groups' query over the passage index (see score-query.ts). */
  scorer: QueryScorer;
  concepts: ConceptIndex;
  /** Each passage's prior: 1, or less for an introduction line. */
  priorOf: ReadonlyMap<string, number>;
  /** True when passage `passageId` is about entity `entityId` (see about-entity.ts). */
  isAbout: (entityId: string, passageId: string) => boolean;
}

/**
 * Runs `groups` against the index; `phrases` must all appear in a hit. With `sourceId`, only
 * that source's passages are searched (and ranked against each other).
 */
export function searchText(
  context: TextSearchContext,
  groups: readonly QueryGroup[],
  phrases: readonly string[],
  sourceId?: string,
): TextResults {
  const { content } = context;
  const scored = context.scorer.score({ combineWith: "OR", queries: groups.map((g) => g.query) });
  const results: ScoredMatch[] = [];
  const passages: Passage[] = [];
  for (const match of scored.matches) {
    const passage = content.passageById.get(match.id);
    if (
      passage !== undefined &&
      (sourceId === undefined || passage.sourceId === sourceId) &&
      phrases.every((phrase) => mentions(passage.text, phrase))
    ) {
      results.push(match);
      passages.push(passage);
    }
  }

  // Coverage depends only on which query terms a passage matched: most matches share a few
  // such sets, so each set is measured once per query.
  const coverageBySet = new Map<string, number[]>();
  const coveredBy = results.map((r) => {
    let covered = coverageBySet.get(r.key);
    if (covered === undefined) {
      const matched = new Set(scored.queryTerms(r));
      covered = groups.map((g) => coverage(g, matched));
      coverageBySet.set(r.key, covered);
    }
    return covered;
  });
  const coveringCount = groups.map(() => 0);
  for (const covered of coveredBy)
    covered.forEach((c, i) => {
      if (c > 0) coveringCount[i] = (coveringCount[i] ?? 0) + 1;
    });
  const weights = coveringCount.map((count) => groupWeight(count, content.passages.length));
  const unmatched = groups.filter((_, i) => coveringCount[i] === 0).map((g) => g.label);
  const summaryOf = new Map<number[], { covered: number; coveredWeight: number }>();
  for (const covered of coverageBySet.values())
    summaryOf.set(covered, {
      covered: covered.filter((c) => c > 0).length,
      coveredWeight: weights.reduce((sum, w, i) => sum + w * (covered[i] ?? 0), 0),
    });
  // Entity terms are matched as typed (never completed), so the query terms a passage matched
  // say which entities it matched: once per matched-term set.
  const entitiesBySet = new Map<string, string[]>();
  const entitiesOf = (r: ScoredMatch) => {
    let ids = entitiesBySet.get(r.key);
    if (ids === undefined) {
      ids = scored
        .queryTerms(r)
        .filter((t) => t.startsWith("entity:"))
        .map((t) => t.slice(7));
      entitiesBySet.set(r.key, ids);
    }
    return ids;
  };
  const ranked = rankCandidates(
    results.map((r, n) => {
      const passage = passages[n] as Passage;
      const summary = summaryOf.get(coveredBy[n] ?? []) ?? { covered: 0, coveredWeight: 0 };
      const about = entitiesOf(r).some((entityId) => context.isAbout(entityId, passage.id));
      return {
        id: passage.id,
        score:
          r.score *
          (context.priorOf.get(passage.id) ?? 1) *
          (about ? SEARCH_OPTIONS.relevance.aboutBoost : 1),
        covered: summary.covered,
        coveredWeight: summary.coveredWeight,
        date: content.sourceById.get(passage.sourceId)?.date ?? "",
        passage,
        match: r,
      };
    }),
    weights.reduce((sum, w) => sum + w, 0),
    SEARCH_OPTIONS.relevance,
  );

  // Marked on first read: a query marks only the hits a page shows (issue 12, goal 3).
  const hits = ranked.map(
    ({ passage, match }): TextHit =>
      lazyHit(passage.id, () => marksOf(context, passage.text, scored.terms(match), phrases)),
  );
  return { hits, unmatched };
}

/** A hit whose `marks` are computed on first read, then kept. */
function lazyHit(passageId: string, compute: () => Mark[]): TextHit {
  let marks: Mark[] | undefined;
  return {
    passageId,
    get marks() {
      marks ??= compute();
      return marks;
    },
  };
}

/** The marks of one hit: its matched terms, the query's phrases and the names it matched. */
function marksOf(
  context: TextSearchContext,
  text: string,
  terms: readonly string[],
  phrases: readonly string[],
): Mark[] {
  const named = terms.flatMap((term) => {
    if (term.startsWith("entity:")) {
      const entity = context.content.entityById.get(term.slice("entity:".length));
      return entity ? markableNames(entity) : [];
    }
    return term.startsWith("concept:")
      ? context.concepts.phrasesOf(term.slice("concept:".length))
      : [];
  });
  // The passage's words are tokenized here, for the few hits a page shows, rather than kept
  // for every passage (that held ~2M objects at 14k passages).
  return markText(text, { terms: new Set(terms), phrases: [...phrases, ...named] });
}
