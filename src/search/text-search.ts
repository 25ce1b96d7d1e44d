/**
 * Full-text search over the built index: query groups in, ranked and marked hits out, with
 * words no passage contains and "did you mean" suggestions when nothing is worth showing.
 */
import type { default as MiniSearch, SearchResult } from "minisearch";
import { mentions } from "../content/find-phrase.js";
import type { Content, Passage } from "../content/types.js";
import type { ConceptIndex } from "./concept-index.js";
import { type Mark, markText } from "./highlight.js";
import { markableNames } from "./name-index.js";
import { coverage, type QueryGroup } from "./query-groups.js";
import { groupWeight, rankCandidates } from "./rank-results.js";
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
  mini: MiniSearch;
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
  const { content, mini } = context;
  // Every match is collected in the filter, which rejects it: minisearch then sorts an empty
  // list instead of every match (14k at 1000× content); rankCandidates orders what it keeps
  // by a total order of its own, so the order minisearch would give is never used.
  const results: SearchResult[] = [];
  const passages: Passage[] = [];
  mini.search(
    { combineWith: "OR", queries: groups.map((g) => g.query) },
    {
      filter: (r) => {
        const passage = content.passageById.get(String(r.id));
        if (
          passage !== undefined &&
          (sourceId === undefined || passage.sourceId === sourceId) &&
          phrases.every((phrase) => mentions(passage.text, phrase))
        ) {
          results.push(r);
          passages.push(passage);
        }
        return false;
      },
    },
  );

  // Coverage depends only on which query terms a passage matched: most matches share a few
  // such sets, so each set is measured once per query.
  const coverageBySet = new Map<string, number[]>();
  const coveredBy = results.map((r) => {
    const key = r.queryTerms.join("\u0000");
    let covered = coverageBySet.get(key);
    if (covered === undefined) {
      const matched = new Set(r.queryTerms);
      covered = groups.map((g) => coverage(g, matched));
      coverageBySet.set(key, covered);
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
  const ranked = rankCandidates(
    results.map((r, n) => {
      const passage = passages[n] as Passage;
      const summary = summaryOf.get(coveredBy[n] ?? []) ?? { covered: 0, coveredWeight: 0 };
      const about = r.terms.some(
        (t) => t.startsWith("entity:") && context.isAbout(t.slice(7), passage.id),
      );
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
        terms: r.terms,
      };
    }),
    weights.reduce((sum, w) => sum + w, 0),
    SEARCH_OPTIONS.relevance,
  );

  // Marked on first read: a query marks only the hits a page shows (issue 12, goal 3).
  const hits = ranked.map(
    ({ passage, terms }): TextHit =>
      lazyHit(passage.id, () => marksOf(context, passage.text, terms, phrases)),
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
