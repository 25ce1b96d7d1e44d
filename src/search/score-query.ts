/**
 * Runs an OR query tree over a built minisearch index and returns, per matching document,
 * exactly what `MiniSearch#search` would (the same score, bit for bit, and the same matched
 * terms) without its per-match objects, maps and final sort: the posting lists are summed into
 * typed arrays reused from query to query. At 14k passages a query matches most of them, and
 * minisearch's allocations (then the garbage collector) were most of a query's time.
 *
 * It reads minisearch 7.2's index internals (pinned in package.json);
 * tests/search/score-query.test.ts compares it with `MiniSearch#search` on many queries, so
 * an upgrade that changes them fails there, not in production.
 */
import type MiniSearch from "minisearch";
import type { Query } from "minisearch";
import {
  DEFAULT_BM25,
  DEFAULT_PREFIX_WEIGHT,
  type MiniSearchInternals,
  type Postings,
} from "./minisearch-internals.js";

/** One document a query matched. */
export interface ScoredMatch {
  /** minisearch's short document id. */
  docId: number;
  /** The document's id as added (the passage id). */
  id: string;
  /** Exactly `MiniSearch#search`'s score for it. */
  score: number;
  /** The query's terms it matched (`SearchResult.queryTerms`, as a set), as a bitset key. */
  key: string;
}

/** One distinct set of query terms that documents matched (most matches share a few). */
export interface MatchedSet {
  /** The set as a bitset key (what {@link ScoredMatch.key} holds). */
  key: string;
  /** Its query terms, in the order the query first names them (`SearchResult.queryTerms`). */
  queryTerms: readonly string[];
}

/**
 * The result of one query, in columns: match `i` (0 ≤ i < `count`, in no particular order) is
 * document `docIds[i]`, scored `scores[i]`, having matched the terms of `sets[setOf[i]]`.
 * No object is made per match unless {@link ScoredQuery.matches} is called.
 */
export interface ScoredQuery {
  readonly count: number;
  readonly docIds: Int32Array;
  /** Exactly `MiniSearch#search`'s score, per match. */
  readonly scores: Float64Array;
  /** Index into {@link ScoredQuery.sets}, per match. */
  readonly setOf: Int32Array;
  readonly sets: readonly MatchedSet[];
  /** The index terms document `docId` matched, prefix completions included (`SearchResult.terms`). */
  termsOf(docId: number): string[];
  /**
   * The matches as objects, built on the first call (the columns above are cheaper). A method,
   * not a getter: a getter made per result gets a hidden class of its own in old space.
   */
  matches(): ScoredMatch[];
  /** The query terms `match` matched (`SearchResult.queryTerms`). */
  queryTerms(match: ScoredMatch): string[];
  /** The index terms `match` matched, prefix completions included (`SearchResult.terms`). */
  terms(match: ScoredMatch): string[];
}

/** Scores query trees over one index. */
export interface QueryScorer {
  /**
   * Runs `query`: nested `{ combineWith: "OR", queries }` nodes whose leaves are index terms
   * (the index's search tokenizer keeps them whole), with `fields`, `boostTerm` and `prefix`
   * as minisearch reads them. Throws {@link UnsupportedQueryError} for anything else (AND,
   * fuzzy, document boosts).
   */
  score(query: Query): ScoredQuery;
  /** Short document id → the id it was added with (the passage id), for every document. */
  readonly documentIds: readonly string[];
}

/** A query shape the scorer does not run (it mirrors only what ct-bot's search sends). */
export class UnsupportedQueryError extends Error {
  readonly code = "UNSUPPORTED_QUERY";
  constructor(what: string) {
    super(`The query scorer does not run ${what}`);
    this.name = "UnsupportedQueryError";
  }
}

type Combination = Extract<Query, { queries: unknown }>;
interface Options {
  fields: string[] | undefined;
  boostTerm: ((term: string, i: number, terms: string[]) => number) | undefined;
  prefix: boolean | ((term: string, i: number, terms: string[]) => boolean) | undefined;
}

/** What the root of a query inherits: nothing. */
const NO_OPTIONS: Options = { fields: undefined, boostTerm: undefined, prefix: undefined };

/**
 * Per-depth scratch: a score per document, whether it is set, and which documents are (the
 * first `count` of `touched`, in the order they were first set). Reused by every query.
 */
interface Level {
  score: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
  count: number;
}

/**
 * Creates the scorer for `mini`, an index that is only added to (never discarded from): the
 * scorer is made after the last `add`.
 */
export function createQueryScorer(mini: MiniSearch): QueryScorer {
  const index = mini as unknown as MiniSearchInternals;
  const size = index._nextId;
  const global = index._options.searchOptions ?? {};
  const bm25 = global.bm25 ?? DEFAULT_BM25;
  const prefixWeight = global.weights?.prefix ?? DEFAULT_PREFIX_WEIGHT;
  // Each document's field lengths in one flat array (document-major): read once per posting,
  // where a map look-up per posting was a fifth of a large query.
  const fieldCount = Object.keys(index._fieldIds).length;
  const fieldLengths = new Float64Array(size * fieldCount);
  const documentIds: string[] = [];
  for (let doc = 0; doc < size; doc++) {
    const lengths = index._fieldLength.get(doc);
    for (let f = 0; f < fieldCount; f++) fieldLengths[doc * fieldCount + f] = lengths?.[f] ?? 0;
    documentIds.push(index._documentIds.get(doc) ?? "");
  }
  const levels: Level[] = [];
  const level = (depth: number): Level => {
    let found = levels[depth];
    if (found === undefined) {
      found = {
        score: new Float64Array(size),
        seen: new Uint8Array(size),
        touched: new Int32Array(size),
        count: 0,
      };
      levels[depth] = found;
    }
    return found;
  };
  // The matched-term bits of every document, reused from query to query (cleared after each):
  // `words` 32-bit words per document, grown when a query has more terms than ever before.
  let bits = new Uint32Array(size);
  // Term → its postings, filled as queries name terms: a hash look-up instead of a walk down
  // minisearch's radix tree (which slices the key at each level). Only terms the index has
  // are kept, so it is bounded by the index's own vocabulary.
  const postingsByTerm = new Map<string, Postings>();
  // A long posting list (one term in one field) as typed columns in the map's order, with
  // each document's BM25 value (computed as minisearch computes it: the index no longer
  // changes, so neither do they), made the first time a query reads the list. Iterating a Map
  // with a callback was most of a large query's time. Only lists of PACKED_MIN documents or
  // more, so at most the index's size again.
  const packedLists = new Map<Map<number, number>, PackedList>();
  const packedOf = (
    docs: Map<number, number>,
    fieldId: number,
    idf: number,
    avgFieldLength: number,
  ): PackedList => {
    let packed = packedLists.get(docs);
    if (packed === undefined) {
      const ids = new Int32Array(docs.size);
      const bm25s = new Float64Array(docs.size);
      let n = 0;
      docs.forEach((termFreq, doc) => {
        ids[n] = doc;
        bm25s[n++] = bm25Of(termFreq, doc, fieldId, idf, avgFieldLength);
      });
      packed = { ids, bm25s };
      packedLists.set(docs, packed);
    }
    return packed;
  };
  // minisearch's calcBM25Score for one document, in the same order of operations.
  const bm25Of = (
    termFreq: number,
    doc: number,
    fieldId: number,
    idf: number,
    avgFieldLength: number,
  ): number => {
    const fieldLength = fieldLengths[doc * fieldCount + fieldId] ?? 0;
    return (
      idf *
      (bm25.d +
        (termFreq * (bm25.k + 1)) /
          (termFreq + bm25.k * (1 - bm25.b + (bm25.b * fieldLength) / avgFieldLength)))
    );
  };
  const postingsOf = (term: string): Postings | undefined => {
    let postings = postingsByTerm.get(term);
    if (postings === undefined) {
      postings = index._index.get(term);
      if (postings !== undefined) postingsByTerm.set(term, postings);
    }
    return postings;
  };
  // child's scores into parent's, as minisearch's OR combinator adds them (then child is reset).
  const fold = (parent: Level, child: Level) => {
    for (let n = 0; n < child.count; n++) {
      const doc = child.touched[n] ?? 0;
      if (parent.seen[doc] === 1)
        parent.score[doc] = (parent.score[doc] ?? 0) + (child.score[doc] ?? 0);
      else {
        parent.score[doc] = child.score[doc] ?? 0;
        parent.seen[doc] = 1;
        parent.touched[parent.count++] = doc;
      }
      child.seen[doc] = 0;
    }
    child.count = 0;
  };

  return {
    documentIds,
    score(query) {
      const termIds = new Map<string, number>();
      // Each leaf's postings and prefix completions, as scored: termsOf reads them again for
      // the hits a page marks, without walking the index's tree once more per hit.
      const specs: Array<{
        term: string;
        fields: string[];
        postings: Postings | undefined;
        completions: Array<[string, Postings]>;
      }> = [];
      // Bits are sized once the terms are known: a first pass collects them (options are read,
      // and unsupported shapes thrown, by the scoring pass).
      const collect = (node: Query) => {
        if (typeof node === "string") {
          if (node !== "" && !termIds.has(node)) termIds.set(node, termIds.size);
          return;
        }
        for (const child of supported(node).queries) collect(child);
      };
      collect(query);
      const words = Math.max(1, Math.ceil(termIds.size / 32));
      if (bits.length < size * words) bits = new Uint32Array(size * words);
      const scratch = bits;

      const leaf = (term: string, options: Options, into: Level) => {
        const fields = options.fields ?? index._options.fields;
        const boost = options.boostTerm ? options.boostTerm(term, 0, [term]) : 1;
        const prefix =
          typeof options.prefix === "function"
            ? options.prefix(term, 0, [term])
            : options.prefix === true;
        const spec = {
          term,
          fields,
          postings: postingsOf(term),
          completions: [] as Array<[string, Postings]>,
        };
        specs.push(spec);
        const bit = termIds.get(term) ?? 0;
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        const { score, seen, touched } = into;
        const add = (postings: Postings | undefined, weight: number) => {
          if (postings === undefined) return;
          // Counted in a local by the callback below, then stored.
          let count = into.count;
          for (const field of fields) {
            const fieldBoost = global.boost?.[field] || 1;
            const fieldId = index._fieldIds[field] ?? -1;
            const docs = postings.get(fieldId);
            if (docs === undefined) continue;
            const avgFieldLength = index._avgFieldLength[fieldId] ?? 0;
            const matching = docs.size;
            // minisearch's calcBM25Score, term by term in the same order of operations.
            const idf = Math.log(1 + (index._documentCount - matching + 0.5) / (matching + 0.5));
            const termFactor = weight * boost * fieldBoost;
            // Document `doc` scores `value` more (minisearch's `termFactor * 1 * raw`) and has
            // matched this term.
            const accumulate = (doc: number, value: number) => {
              const weighted = termFactor * 1 * value;
              if (seen[doc] === 1) score[doc] = (score[doc] ?? 0) + weighted;
              else {
                score[doc] = weighted;
                seen[doc] = 1;
                touched[count++] = doc;
              }
              const at = doc * words + word;
              scratch[at] = (scratch[at] ?? 0) | mask;
            };
            // A long list is read from its packed copy (same order, same BM25 values), a
            // short one as it is.
            if (docs.size < PACKED_MIN)
              docs.forEach((termFreq, doc) => {
                accumulate(doc, bm25Of(termFreq, doc, fieldId, idf, avgFieldLength));
              });
            else {
              const { ids, bm25s } = packedOf(docs, fieldId, idf, avgFieldLength);
              for (let n = 0; n < ids.length; n++) accumulate(ids[n] ?? 0, bm25s[n] ?? 0);
            }
          }
          into.count = count;
        };
        add(spec.postings, 1);
        if (!prefix) return;
        for (const [other, postings] of index._index.atPrefix(term)) {
          const distance = other.length - term.length;
          if (distance === 0) continue;
          spec.completions.push([other, postings]);
          add(postings, (prefixWeight * other.length) / (other.length + 0.3 * distance));
        }
      };
      const run = (node: Query, inherited: Options, depth: number) => {
        const into = level(depth);
        if (typeof node === "string") {
          if (node !== "") leaf(node, inherited, into);
          return;
        }
        const options = optionsOf(node, inherited);
        let first = true;
        for (const child of (node as Combination).queries) {
          // `into` is empty until the first child is folded in, and folding into an empty
          // level copies: the first child may write into it directly (same sums, same order).
          if (first) {
            first = false;
            run(child, options, depth);
            continue;
          }
          run(child, options, depth + 1);
          fold(into, level(depth + 1));
        }
      };
      try {
        run(query, NO_OPTIONS, 0);
      } catch (error) {
        // A boostTerm that throws must not leave scores or bits behind for the next query.
        for (const stale of levels) {
          for (let n = 0; n < stale.count; n++) stale.seen[stale.touched[n] ?? 0] = 0;
          stale.count = 0;
        }
        scratch.fill(0);
        throw error;
      }

      const byBit = [...termIds.keys()];
      const top = level(0);
      const count = top.count;
      const docIds = new Int32Array(count);
      const scores = new Float64Array(count);
      const setOf = new Int32Array(count);
      const sets: MatchedSet[] = [];
      const qualities: number[] = [];
      const setByKey = new Map<string, number>();
      // With up to 32 terms (nearly every query) a set is one word: interned by its value,
      // so no key string is built per match; a query has a few sets, so a short list of
      // values is scanned before the map is used.
      const wordValues: number[] = [];
      const setByWord = new Map<number, number>();
      const intern = (doc: number, key: string): number => {
        let set = setByKey.get(key);
        if (set === undefined) {
          set = sets.length;
          setByKey.set(key, set);
          let quality = 0;
          for (let w = 0; w < words; w++) quality += popCount(scratch[doc * words + w] ?? 0);
          qualities.push(quality);
          sets.push({
            key,
            queryTerms: byBit.filter(
              (_, bit) => ((scratch[doc * words + (bit >>> 5)] ?? 0) >>> (bit & 31)) & 1,
            ),
          });
        }
        return set;
      };
      for (let i = 0; i < count; i++) {
        const doc = top.touched[i] ?? 0;
        let set: number | undefined;
        if (words === 1) {
          const value = scratch[doc] ?? 0;
          const listed = wordValues.indexOf(value);
          set = listed >= 0 ? listed : setByWord.get(value);
          if (set === undefined) {
            set = intern(doc, `${value.toString(36)}.`);
            setByWord.set(value, set);
            if (set === wordValues.length && set < SHORT_LIST) wordValues.push(value);
          }
        } else {
          let key = "";
          for (let w = 0; w < words; w++) key += `${(scratch[doc * words + w] ?? 0).toString(36)}.`;
          set = intern(doc, key);
        }
        docIds[i] = doc;
        setOf[i] = set;
        scores[i] = (top.score[doc] ?? 0) * (qualities[set] || 1);
        top.seen[doc] = 0;
        for (let w = 0; w < words; w++) scratch[doc * words + w] = 0;
      }
      top.count = 0;

      const termsOf = (docId: number): string[] => {
        const found = new Set<string>();
        const has = (postings: Postings | undefined, fields: readonly string[]) =>
          postings !== undefined &&
          fields.some((f) => postings.get(index._fieldIds[f] ?? -1)?.has(docId) === true);
        for (const spec of specs) {
          if (has(spec.postings, spec.fields)) found.add(spec.term);
          for (const [other, postings] of spec.completions)
            if (has(postings, spec.fields)) found.add(other);
        }
        return [...found];
      };
      let matches: ScoredMatch[] | undefined;
      return {
        count,
        docIds,
        scores,
        setOf,
        sets,
        termsOf,
        matches() {
          matches ??= Array.from(docIds, (docId, i) => ({
            docId,
            id: documentIds[docId] ?? "",
            score: scores[i] ?? 0,
            key: sets[setOf[i] ?? 0]?.key ?? "",
          }));
          return matches;
        },
        queryTerms: (match) => [...(sets[setByKey.get(match.key) ?? -1]?.queryTerms ?? [])],
        terms: (match) => termsOf(match.docId),
      };
    },
  };
}

/**
 * A node's options as minisearch passes them down: the parent's, then the node's own (the
 * node's shape was checked when its terms were collected: see {@link supported}).
 */
function optionsOf(node: Query, inherited: Options): Options {
  const combination = node as Combination;
  // Every key in one literal: a spread then extended gets a hidden class of its own in old
  // space, which kept each query's objects alive through young collections.
  return {
    fields: combination.fields ?? inherited.fields,
    boostTerm: combination.boostTerm ?? inherited.boostTerm,
    prefix: combination.prefix ?? inherited.prefix,
  };
}

/**
 * `node`, a combination node the scorer runs; throws {@link UnsupportedQueryError} for any
 * other shape (wildcard, fuzzy, document boosts, AND), before any term is scored.
 */
function supported(node: Query): Combination {
  if (typeof node !== "object") throw new UnsupportedQueryError("wildcard queries");
  if (node.fuzzy) throw new UnsupportedQueryError("fuzzy terms");
  if (node.boostDocument !== undefined) throw new UnsupportedQueryError("document boosts");
  const combine = (node.combineWith ?? "OR").toUpperCase();
  if (combine !== "OR") throw new UnsupportedQueryError(`${combine} combinations`);
  return node as Combination;
}

/** A posting list as columns: document `ids[n]`, whose BM25 value for the term is `bm25s[n]`. */
interface PackedList {
  ids: Int32Array;
  bm25s: Float64Array;
}

/** How long a posting list must be to be read from a typed copy (see packedOf). */
const PACKED_MIN = 64;

/** How many matched-term sets are found by scanning a list before a map look-up. */
const SHORT_LIST = 16;

/** Set bits in a 32-bit word. */
function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
