/**
 * Full-text search over the built index: query groups in, ranked and marked hits out, with
 * words no passage contains and "did you mean" suggestions when nothing is worth showing.
 */
import type MiniSearch from "minisearch";
import { mentions } from "../content/find-phrase.js";
import type { Content } from "../content/types.js";
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
  const results = mini
    .search({ combineWith: "OR", queries: groups.map((g) => g.query) })
    .filter((r) => {
      const passage = content.passageById.get(String(r.id));
      return (
        passage !== undefined &&
        (sourceId === undefined || passage.sourceId === sourceId) &&
        phrases.every((phrase) => mentions(passage.text, phrase))
      );
    });

  const coveredBy = results.map((r) => {
    const matched = new Set(r.queryTerms);
    return groups.map((g) => coverage(g, matched));
  });
  const weights = groups.map((_, i) =>
    groupWeight(coveredBy.filter((c) => (c[i] ?? 0) > 0).length, content.passages.length),
  );
  const unmatched = groups
    .filter((_, i) => !coveredBy.some((c) => (c[i] ?? 0) > 0))
    .map((g) => g.label);
  const ranked = rankCandidates(
    results.map((r, n) => {
      const covered = coveredBy[n] ?? [];
      const id = String(r.id);
      const sourceOf = content.passageById.get(id)?.sourceId ?? "";
      const about = r.terms.some((t) => t.startsWith("entity:") && context.isAbout(t.slice(7), id));
      return {
        id,
        score:
          r.score *
          (context.priorOf.get(id) ?? 1) *
          (about ? SEARCH_OPTIONS.relevance.aboutBoost : 1),
        covered: covered.filter((c) => c > 0).length,
        coveredWeight: weights.reduce((sum, w, i) => sum + w * (covered[i] ?? 0), 0),
        date: content.sourceById.get(sourceOf)?.date ?? "",
      };
    }),
    weights.reduce((sum, w) => sum + w, 0),
    SEARCH_OPTIONS.relevance,
  );

  const byId = new Map(results.map((r) => [String(r.id), r]));
  const hits = ranked.flatMap(({ id }): TextHit[] => {
    const passage = content.passageById.get(id);
    const result = byId.get(id);
    if (passage === undefined || result === undefined) return [];
    // Marked on first read: a query marks only the hits a page shows (issue 12, goal 3).
    return [lazyHit(id, () => marksOf(context, passage.text, result.terms, phrases))];
  });
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
