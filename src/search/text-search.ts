/**
 * Full-text search over the built index: query groups in, ranked and marked hits out, with
 * words no passage contains and "did you mean" suggestions when nothing is worth showing.
 */
import { findPhrase } from "../content/find-phrase.js";
import { foldForMatch } from "../content/fold-text.js";
import type { Content, Passage } from "../content/types.js";
import type { ConceptIndex } from "./concept-index.js";
import { type Mark, markText } from "./highlight.js";
import { type HitList, lazyHit, type SearchHit, sumOfLargest } from "./hit-list.js";
import { markableNames } from "./name-index.js";
import { coverage, type QueryGroup } from "./query-groups.js";
import { candidateOrder, groupWeight, keptCandidates } from "./rank-results.js";
import type { QueryScorer } from "./score-query.js";
import { SEARCH_OPTIONS } from "./search-options.js";
import { topK } from "./top-k.js";

/** What the full-text part of a search found. */
export interface TextResults {
  /** The hits worth showing, best first, ranked and built as far as they are read. */
  hits: HitList;
  /** Labels of the groups no passage covers, as typed. */
  unmatched: string[];
}

/** The indexed passages, by the index's short document id (see QueryScorer.documentIds). */
export interface SearchDocuments {
  passages: ReadonlyArray<Passage | undefined>;
  /** Each passage's prior: 1, or less for an introduction line (see passagePrior). */
  priors: Float64Array;
  /** Each passage's place in the tie order of results (see tieOrder), made on first call. */
  tieOrder(): Int32Array;
  /** Passage `doc`'s text as phrases are matched in (`foldForMatch`), kept once made. */
  foldedText(doc: number): string;
}

/** What {@link searchText} reads. */
export interface TextSearchContext {
  content: Content;
  /** Runs the groups' query over the passage index (see score-query.ts). */
  scorer: QueryScorer;
  concepts: ConceptIndex;
  documents: SearchDocuments;
  /** The ids of the passages about entity `entityId` (see about-entity.ts). */
  aboutPassages: (entityId: string) => ReadonlySet<string>;
}

/**
 * Runs `groups` against the index; `phrases` must all appear in a hit. With `sourceId`, only
 * that source's passages are searched (and ranked against each other). Every match is scored
 * and weighed (coverage and the relevance floor need them all), in typed columns; the hits
 * are ordered and built only as far as they are read.
 */
export function searchText(
  context: TextSearchContext,
  groups: readonly QueryGroup[],
  phrases: readonly string[],
  sourceId?: string,
): TextResults {
  const { content, documents } = context;
  const scored = context.scorer.score({ combineWith: "OR", queries: groups.map((g) => g.query) });
  const { docIds, scores, setOf, sets } = scored;
  // The matches in scope (their positions in `scored`), in the scorer's order.
  const inScope = new Int32Array(scored.count);
  const needles = phrases.map((phrase) => foldForMatch(phrase));
  let size = 0;
  for (let i = 0; i < scored.count; i++) {
    const doc = docIds[i] ?? -1;
    const passage = documents.passages[doc];
    if (
      passage !== undefined &&
      (sourceId === undefined || passage.sourceId === sourceId) &&
      (phrases.length === 0 || mentionsAll(documents.foldedText(doc), phrases, needles))
    )
      inScope[size++] = i;
  }

  // Coverage depends only on which query terms a passage matched: most matches share a few
  // such sets, so each set is measured once per query.
  const perSet = new Int32Array(sets.length);
  for (let n = 0; n < size; n++) {
    const set = setOf[inScope[n] ?? 0] ?? 0;
    perSet[set] = (perSet[set] ?? 0) + 1;
  }
  const coverageOf = sets.map((set, s) => {
    if (perSet[s] === 0) return [];
    const matched = new Set(set.queryTerms);
    return groups.map((g) => coverage(g, matched));
  });
  const coveringCount = groups.map((_, g) =>
    coverageOf.reduce(
      (sum, covered, s) => ((covered[g] ?? 0) > 0 ? sum + (perSet[s] ?? 0) : sum),
      0,
    ),
  );
  const weights = coveringCount.map((count) => groupWeight(count, content.passages.length));
  const unmatched = groups.filter((_, i) => coveringCount[i] === 0).map((g) => g.label);
  const coveredOf = coverageOf.map((covered) => covered.filter((c) => c > 0).length);
  const weightOf = coverageOf.map((covered) =>
    weights.reduce((sum, w, i) => sum + w * (covered[i] ?? 0), 0),
  );
  // Entity terms are matched as typed (never completed), so the query terms a passage matched
  // say which entities it matched: once per matched-term set.
  const aboutOf = sets.map((set) =>
    set.queryTerms
      .filter((t) => t.startsWith("entity:"))
      .map((t) => context.aboutPassages(t.slice("entity:".length))),
  );

  const tie = documents.tieOrder();
  const candidates = {
    count: size,
    score: new Float64Array(size),
    covered: new Int32Array(size),
    coveredWeight: new Float64Array(size),
    tie: new Int32Array(size),
  };
  const docOf = new Int32Array(size);
  const { aboutBoost } = SEARCH_OPTIONS.relevance;
  for (let n = 0; n < size; n++) {
    const i = inScope[n] ?? 0;
    const doc = docIds[i] ?? 0;
    const set = setOf[i] ?? 0;
    const passage = documents.passages[doc] as Passage;
    const entities = aboutOf[set] ?? [];
    const about = entities.length > 0 && entities.some((about) => about.has(passage.id));
    docOf[n] = doc;
    candidates.score[n] =
      (scores[i] ?? 0) * (documents.priors[doc] ?? 1) * (about ? aboutBoost : 1);
    candidates.covered[n] = coveredOf[set] ?? 0;
    candidates.coveredWeight[n] = weightOf[set] ?? 0;
    candidates.tie[n] = tie[doc] ?? 0;
  }
  const kept = keptCandidates(
    candidates,
    weights.reduce((sum, w) => sum + w, 0),
    SEARCH_OPTIONS.relevance,
  );
  const hitOf = (candidate: number): SearchHit => {
    const doc = docOf[candidate] ?? 0;
    const passage = documents.passages[doc] as Passage;
    // Marked on first read: a query marks only the hits a page shows (issue 12, goal 3).
    return lazyHit(passage, () => marksOf(context, passage.text, scored.termsOf(doc), phrases));
  };
  return {
    hits: rankedHits(kept, candidateOrder(candidates), hitOf, (candidate) => {
      const passage = documents.passages[docOf[candidate] ?? 0];
      return passage?.text.length ?? 0;
    }),
    unmatched,
  };
}

/**
 * The hits of the `kept` candidates in `order`, ranked only as far as read: the first page
 * selects its few hits from thousands ({@link topK}) rather than sorting them all.
 */
function rankedHits(
  kept: Int32Array,
  order: (a: number, b: number) => number,
  hitOf: (candidate: number) => SearchHit,
  textLengthOf: (candidate: number) => number,
): HitList {
  const count = kept.length;
  const byPosition = (a: number, b: number) => order(kept[a] ?? 0, kept[b] ?? 0);
  // Positions in `kept`, best first: the first `ranked.length` of the whole ranking.
  let ranked: Int32Array = new Int32Array(0);
  const rankTo = (to: number) => {
    const wanted = Math.min(count, to);
    if (ranked.length < wanted) ranked = topK(count, wanted, byPosition);
  };
  const built: Array<SearchHit | undefined> = [];
  const candidateAt = (rank: number) => kept[ranked[rank] ?? 0] ?? 0;
  return {
    count,
    slice(from, to) {
      rankTo(to);
      const hits: SearchHit[] = [];
      for (let rank = Math.max(0, from); rank < Math.min(to, count); rank++) {
        let hit = built[rank];
        if (hit === undefined) {
          hit = hitOf(candidateAt(rank));
          built[rank] = hit;
        }
        hits.push(hit);
      }
      return hits;
    },
    textLength(index) {
      rankTo(count);
      return index >= 0 && index < count ? textLengthOf(candidateAt(index)) : 0;
    },
    longestTexts: (n) => sumOfLargest(count, n, (k) => textLengthOf(kept[k] ?? 0)),
  };
}

/**
 * True when every one of `phrases` appears in a text as whole words, given the text folded
 * as `mentions` folds it (so the same answer as `mentions(text, phrase)` for each).
 * `needles` are the phrases folded: a text without one (most texts) is passed over at once.
 */
function mentionsAll(
  foldedText: string,
  phrases: readonly string[],
  needles: readonly string[],
): boolean {
  for (let p = 0; p < phrases.length; p++) {
    if (!foldedText.includes(needles[p] ?? "")) return false;
    if (findPhrase(foldedText, phrases[p] ?? "").length === 0) return false;
  }
  return true;
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
