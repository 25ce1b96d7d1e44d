/**
 * What a search returns: its hits as a list that is ranked and built only as far as it is
 * read (issue 12, goal 3), so showing page 1 of 2,000 hits costs about what page 1 of 5 does.
 */
import type { Passage } from "../content/types.js";
import type { Mark } from "./highlight.js";
import type { SearchOptions } from "./search-options.js";

/**
 * A passage found by a search, with the ranges of its text to mark. `marks` is computed when
 * first read (then kept), so a query marks only the hits a page shows.
 */
export interface SearchHit {
  passage: Passage;
  marks: Mark[];
}

/** A search's hits in rank order, built on demand. */
export interface HitList {
  /** How many hits are listed: the best ones, at most {@link SearchOptions.resultsMax}. */
  readonly count: number;
  /** How many hits were worth showing before that cap (`count` when nothing was left out). */
  readonly total: number;
  /** Hits `from` (inclusive) to `to` (exclusive), in rank order; ranks only the first `to`. */
  slice(from: number, to: number): SearchHit[];
  /** The text length (UTF-16 code units) of hit `index` in rank order; may rank every hit. */
  textLength(index: number): number;
  /**
   * The summed text length of the `n` longest hits, whatever their rank: when it fits a page,
   * every page holds the same number of hits and no hit past the page need be ranked.
   */
  longestTexts(n: number): number;
}

/** A {@link HitList} over hits already in order. */
export function hitListOf(hits: readonly SearchHit[]): HitList {
  return {
    count: hits.length,
    total: hits.length,
    slice: (from, to) => hits.slice(from, to),
    textLength: (index) => hits[index]?.passage.text.length ?? 0,
    longestTexts: (n) => sumOfLargest(hits.length, n, (i) => hits[i]?.passage.text.length ?? 0),
  };
}

/**
 * A hit on `passage` whose marks are computed on first read, then kept.
 *
 * `marks` is an own enumerable property (hits compare and print as plain data), read through
 * one getter shared by every hit: a getter made per object (`{ get marks() {…} }`) gives each
 * hit its own hidden class in old space, which kept the whole query's working set alive
 * through young collections (at 1000× content, most of the p99 query's time was those pauses).
 */
export function lazyHit(passage: Passage, compute: () => Mark[]): SearchHit {
  return new LazyHit(passage, compute);
}

class LazyHit implements SearchHit {
  declare readonly marks: Mark[];
  #compute: (() => Mark[]) | undefined;
  #marks: Mark[] | undefined;
  static readonly #marksProperty: PropertyDescriptor = {
    enumerable: true,
    get(this: LazyHit): Mark[] {
      if (this.#marks === undefined) {
        this.#marks = (this.#compute as () => Mark[])();
        this.#compute = undefined;
      }
      return this.#marks;
    },
  };

  constructor(
    readonly passage: Passage,
    compute: () => Mark[],
  ) {
    this.#compute = compute;
    Object.defineProperty(this, "marks", LazyHit.#marksProperty);
  }
}

/** The sum of the `n` largest of `lengthOf(0 … count - 1)`, in one pass. */
export function sumOfLargest(
  count: number,
  n: number,
  lengthOf: (index: number) => number,
): number {
  // The n largest so far, smallest first (n is a page's item count: a handful).
  const largest: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = lengthOf(i);
    if (largest.length === n && value <= (largest[0] ?? 0)) continue;
    let at = 0;
    while (at < largest.length && (largest[at] ?? 0) < value) at++;
    largest.splice(at, 0, value);
    if (largest.length > n) largest.shift();
  }
  return largest.reduce((sum, value) => sum + value, 0);
}
