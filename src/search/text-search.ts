/**
 * Full-text search over the built index: query groups in, ranked and marked hits out, with
 * words no passage contains and "did you mean" suggestions when nothing is worth showing.
 */
import { hasFoldedPhrase } from "../content/find-phrase.js";
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
import { termForms } from "./term-forms.js";
import { tokenize } from "./tokenize.js";
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
  /** Each passage's text length (UTF-16 code units): paging reads it for every match. */
  textLengths: Int32Array;
  /** Each passage's place in the tie order of results (see tieOrder), made on first call. */
  tieOrder(): Int32Array;
  /** Passage `doc`'s text as phrases are matched in (`foldForMatch`), kept once made. */
  foldedText(doc: number): string;
  /** True when the index holds passage `doc`'s words folded (see tokenizesFolded), kept once known. */
  wordsFolded(doc: number): boolean;
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

/** Runs query groups against the index: see {@link createTextSearch}. */
export type TextSearch = (
  groups: readonly QueryGroup[],
  phrases: readonly string[],
  sourceId?: string,
) => TextResults;

/**
 * The full-text search over `context`'s index: `search(groups, phrases, sourceId)` runs
 * `groups`; `phrases` must all appear in a hit; with `sourceId`, only that source's passages
 * are searched (and ranked against each other). Every match is scored and weighed (coverage
 * and the relevance floor need them all), in typed columns reused from query to query; the
 * hits worth showing are copied out, then ordered and built only as far as they are read.
 */
export function createTextSearch(context: TextSearchContext): TextSearch {
  const { content, documents } = context;
  const capacity = documents.passages.length;
  // Scratch columns, one entry per match in scope (a query matches each document once).
  const inScope = new Int32Array(capacity);
  const candidates = {
    count: 0,
    score: new Float64Array(capacity),
    covered: new Int32Array(capacity),
    coveredWeight: new Float64Array(capacity),
    tie: new Int32Array(capacity),
  };
  const docOf = new Int32Array(capacity);
  const { aboutBoost } = SEARCH_OPTIONS.relevance;
  // Each entity's markable names, made the first time a hit marks them (bounded by the
  // content's entities).
  const markable = new Map<string, readonly string[]>();
  const namesOf = (entityId: string): readonly string[] => {
    let names = markable.get(entityId);
    if (names === undefined) {
      const entity = content.entityById.get(entityId);
      names = entity ? markableNames(entity) : [];
      markable.set(entityId, names);
    }
    return names;
  };

  return (groups, phrases, sourceId) => {
    const scored = context.scorer.score({
      combineWith: "OR",
      queries: groups.map((g) => g.query),
    });
    const { docIds, scores, setOf, sets } = scored;
    // The matches in scope (their positions in `scored`), in the scorer's order.
    const needles = phrases.map((phrase) => foldForMatch(phrase));
    // A passage that holds a phrase holds each of its words, so it matched each word's own
    // index term where the query searches it: a match without one is passed over unread,
    // unless the index holds its words unfolded (see tokenizesFolded), which is rare.
    const required = phraseTerms(phrases, groups);
    const mayHoldPhrases = sets.map((set) => required.every((t) => set.queryTerms.includes(t)));
    let size = 0;
    for (let i = 0; i < scored.count; i++) {
      const doc = docIds[i] ?? -1;
      const passage = documents.passages[doc];
      if (
        passage !== undefined &&
        (sourceId === undefined || passage.sourceId === sourceId) &&
        (phrases.length === 0 ||
          ((mayHoldPhrases[setOf[i] ?? 0] === true || !documents.wordsFolded(doc)) &&
            mentionsAll(documents.foldedText(doc), needles)))
      )
        inScope[size++] = i;
    }

    // Coverage depends only on which query terms a passage matched: most matches share a
    // few such sets, so each set is measured once per query.
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
    // Entity terms are matched as typed (never completed), so the query terms a passage
    // matched say which entities it matched: once per matched-term set.
    const aboutOf = sets.map((set) =>
      set.queryTerms
        .filter((t) => t.startsWith("entity:"))
        .map((t) => context.aboutPassages(t.slice("entity:".length))),
    );

    const tie = documents.tieOrder();
    const { priors, passages, textLengths } = documents;
    const { score, covered, coveredWeight } = candidates;
    for (let n = 0; n < size; n++) {
      const i = inScope[n] ?? 0;
      const doc = docIds[i] ?? 0;
      const set = setOf[i] ?? 0;
      let about = false;
      for (const aboutEntity of aboutOf[set] ?? [])
        if (aboutEntity.has((passages[doc] as Passage).id)) {
          about = true;
          break;
        }
      docOf[n] = doc;
      score[n] = (scores[i] ?? 0) * (priors[doc] ?? 1) * (about ? aboutBoost : 1);
      covered[n] = coveredOf[set] ?? 0;
      coveredWeight[n] = weightOf[set] ?? 0;
      candidates.tie[n] = tie[doc] ?? 0;
    }
    candidates.count = size;
    const kept = keptCandidates(
      candidates,
      weights.reduce((sum, w) => sum + w, 0),
      SEARCH_OPTIONS.relevance,
    );
    // The kept candidates' columns, copied out of the scratch (the next query reuses it);
    // they all cover as many groups as the best one.
    const keptDoc = new Int32Array(kept.length);
    const keptColumns = {
      score: new Float64Array(kept.length),
      covered: new Int32Array(kept.length).fill(covered[kept[0] ?? 0] ?? 0),
      tie: new Int32Array(kept.length),
    };
    kept.forEach((n, k) => {
      keptDoc[k] = docOf[n] ?? 0;
      keptColumns.score[k] = score[n] ?? 0;
      keptColumns.tie[k] = candidates.tie[n] ?? 0;
    });
    const hitOf = (k: number): SearchHit => {
      const doc = keptDoc[k] ?? 0;
      const passage = passages[doc] as Passage;
      // Marked on first read: a query marks only the hits a page shows (issue 12, goal 3).
      return lazyHit(passage, () =>
        marksOf(context, namesOf, passage.text, scored.termsOf(doc), phrases),
      );
    };
    return {
      hits: rankedHits(
        kept.length,
        candidateOrder(keptColumns),
        hitOf,
        (k) => textLengths[keptDoc[k] ?? 0] ?? 0,
        SEARCH_OPTIONS.resultsMax,
      ),
      unmatched,
    };
  };
}

/**
 * The best `limit` hits of candidates 0 … `total - 1` in `order`, ranked only as far as read:
 * the first page selects its few hits from thousands ({@link topK}) rather than sorting them
 * all.
 */
function rankedHits(
  total: number,
  order: (a: number, b: number) => number,
  hitOf: (candidate: number) => SearchHit,
  textLengthOf: (candidate: number) => number,
  limit: number,
): HitList {
  // The best `limit` are listed: paging (which reads every listed hit's length to count the
  // pages) then never ranks thousands of matches nobody will page through.
  const count = Math.min(total, limit);
  // Candidates, best first: the first `ranked.length` of the whole ranking.
  let ranked: Int32Array = new Int32Array(0);
  const rankTo = (to: number) => {
    const wanted = Math.min(count, to);
    if (ranked.length < wanted) ranked = topK(total, wanted, order);
  };
  const built: Array<SearchHit | undefined> = [];
  return {
    count,
    total,
    slice(from, to) {
      rankTo(to);
      const hits: SearchHit[] = [];
      for (let rank = Math.max(0, from); rank < Math.min(to, count); rank++) {
        let hit = built[rank];
        if (hit === undefined) {
          hit = hitOf(ranked[rank] ?? 0);
          built[rank] = hit;
        }
        hits.push(hit);
      }
      return hits;
    },
    textLength(index) {
      rankTo(count);
      return index >= 0 && index < count ? textLengthOf(ranked[index] ?? 0) : 0;
    },
    // Over every candidate: a bound on the listed ones, without ranking them.
    longestTexts: (n) => sumOfLargest(total, n, textLengthOf),
  };
}

/**
 * The index terms of `phrases`' words (each word's own form, as the index holds it) that the
 * query's groups search in the passage text: every passage holding the phrases has them all.
 */
function phraseTerms(phrases: readonly string[], groups: readonly QueryGroup[]): string[] {
  if (phrases.length === 0) return [];
  const searched = new Set<string>();
  for (const group of groups) for (const slot of group.slots) for (const t of slot) searched.add(t);
  const terms = new Set<string>();
  for (const phrase of phrases)
    for (const token of tokenize(phrase)) {
      // A joined form is not required: "counter-terrorism" stands in "counter-terrorism-related",
      // whose joined form is another term.
      if (token.joined) continue;
      const [own] = termForms(token.word);
      if (own !== undefined && searched.has(own)) terms.add(own);
    }
  return [...terms];
}

/**
 * True when every one of the phrases appears in a text as whole words, given the text and
 * the phrases (`needles`) folded as `mentions` folds them (so the same answer as
 * `mentions(text, phrase)` for each).
 */
function mentionsAll(foldedText: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!hasFoldedPhrase(foldedText, needle)) return false;
  return true;
}

/** The marks of one hit: its matched terms, the query's phrases and the names it matched. */
function marksOf(
  context: TextSearchContext,
  namesOf: (entityId: string) => readonly string[],
  text: string,
  terms: readonly string[],
  phrases: readonly string[],
): Mark[] {
  const named = terms.flatMap((term) => {
    if (term.startsWith("entity:")) return namesOf(term.slice("entity:".length));
    return term.startsWith("concept:")
      ? context.concepts.phrasesOf(term.slice("concept:".length))
      : [];
  });
  // The passage's words are tokenized when a page first shows it (the last 500 are kept, see
  // highlight.ts), not kept for every passage (that held ~2M objects at 14k passages).
  return markText(text, { terms: new Set(terms), phrases: [...phrases, ...named] });
}
