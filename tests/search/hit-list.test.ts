/**
 * A search's hit list, ranked only as far as it is read, gives the same hits in the same
 * order as ranking them all, page by page (issue 12, goal 3).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumOfLargest } from "../../src/search/hit-list.js";
import { createSearchIndex } from "../../src/search/search-index.js";
import { bundledContent } from "../helpers/content.js";

const index = createSearchIndex(bundledContent());
const QUERIES = ["terrorism", "counter terrorism", "France", "international cooperation", "UN"];

describe("hit list", () => {
  it("gives each page the hits that ranking every hit puts there", () => {
    for (const query of QUERIES) {
      const all = index.search(query);
      const paged = index.search(query);
      if (!("list" in all) || !("list" in paged)) throw new Error(`no hits for ${query}`);
      const ids = all.hits.map((h) => h.passage.id);
      expect(ids.length, query).toBeGreaterThan(1);
      expect(paged.list.count, query).toBe(ids.length);
      // Page by page, the first read ranking only as far as its end.
      for (let from = 0; from < ids.length; from += 2)
        expect(
          paged.list.slice(from, from + 2).map((h) => h.passage.id),
          query,
        ).toEqual(ids.slice(from, from + 2));
      expect(
        ids.map((_, i) => paged.list.textLength(i)),
        query,
      ).toEqual(all.hits.map((h) => h.passage.text.length));
    }
  });

  it("marks a hit read from the list as the full list marks it", () => {
    const first = index.search("human rights");
    const second = index.search("human rights");
    if (!("list" in first) || !("list" in second)) throw new Error("no hits");
    expect(second.list.slice(0, 1)[0]?.marks).toEqual(first.hits[0]?.marks);
    expect(second.list.slice(0, 1)[0]?.marks.length).toBeGreaterThan(0);
  });

  it("reads marks and hits through one getter shared by every hit and outcome", () => {
    // A getter made per object (`{ get marks() {…} }`) or a spread then extended gives each
    // object a hidden class of its own in old space: V8 then kept every query's objects alive
    // through young collections (issue 12: most of the 1000× p99 was those pauses).
    const getter = (object: object, key: string) =>
      Object.getOwnPropertyDescriptor(object, key)?.get;
    const a = index.search("terrorism");
    const b = index.search("human rights");
    if (!("list" in a) || !("list" in b)) throw new Error("no hits");
    const [first, second] = a.list.slice(0, 2);
    const [other] = b.list.slice(0, 1);
    if (first === undefined || second === undefined || other === undefined)
      throw new Error("too few hits");
    expect(getter(first, "marks")).toBeTypeOf("function");
    expect(getter(second, "marks")).toBe(getter(first, "marks"));
    expect(getter(other, "marks")).toBe(getter(first, "marks"));
    expect(getter(b, "hits")).toBe(getter(a, "hits"));
    // Still plain data: the marks and hits print and compare as own properties.
    expect(Object.keys(first)).toEqual(["passage", "marks"]);
    expect(first.marks).toBe(first.marks); // computed once
    const entity = index.search("GCTF");
    if (!("list" in entity)) throw new Error("no entity answer");
    expect(getter(entity, "hits")).toBe(getter(a, "hits"));
    expect(JSON.parse(JSON.stringify(b)).hits[0].marks).toEqual(other.marks);
  });

  it("sums the longest texts whatever their order", () => {
    const outcome = index.search("terrorism");
    if (!("list" in outcome)) throw new Error("no hits");
    const lengths = outcome.hits.map((h) => h.passage.text.length).sort((a, b) => b - a);
    expect(outcome.list.longestTexts(3)).toBe(
      (lengths[0] ?? 0) + (lengths[1] ?? 0) + (lengths[2] ?? 0),
    );
  });

  it("sumOfLargest equals summing the largest after a sort", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.nat(8), (values, n) => {
        const sorted = [...values].sort((a, b) => b - a).slice(0, n);
        expect(sumOfLargest(values.length, n, (i) => values[i] ?? 0)).toBe(
          sorted.reduce((s, v) => s + v, 0),
        );
      }),
    );
  });
});
