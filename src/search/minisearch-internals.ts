/**
 * The parts of a built minisearch 7.2 index (pinned in package.json) that the query scorer
 * reads, as minisearch keeps them: its term tree of posting lists, field ids and lengths, and
 * its search defaults. Typed here, in one place, so an upgrade has one file to check (and
 * tests/search/score-query.test.ts to pass).
 */
import type SearchableMap from "minisearch/SearchableMap";

/** Field id → (short document id → term frequency): one term's posting lists. */
export type Postings = Map<number, Map<number, number>>;

/** BM25 parameters as minisearch names them. */
export interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/** A built minisearch index, seen from inside. */
export interface MiniSearchInternals {
  _index: SearchableMap<Postings>;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  /** Short document id → length of each field, by field id. */
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  /** Short document id → the id the document was added with. */
  _documentIds: Map<number, string>;
  /** The next short id: short ids run from 0 to this, minus one. */
  _nextId: number;
  _options: {
    fields: string[];
    searchOptions?: { boost?: Record<string, number>; bm25?: Bm25; weights?: { prefix?: number } };
  };
}

/** minisearch 7.2's `defaultBM25params`. */
export const DEFAULT_BM25: Readonly<Bm25> = { k: 1.2, b: 0.7, d: 0.5 };

/** minisearch 7.2's default weight of a prefix match (`defaultSearchOptions.weights.prefix`). */
export const DEFAULT_PREFIX_WEIGHT = 0.375;
