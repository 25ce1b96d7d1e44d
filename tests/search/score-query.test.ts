/**
 * The query scorer returns exactly what minisearch's own search does (issue 12: faster, no
 * behaviour change): the same documents, the same scores bit for bit, the same query terms and
 * matched terms, for OR trees shaped like ct-bot's queries (groups of weighted terms over
 * chosen fields, prefix completion) over the real passages, and over ten copies of them (long
 * posting lists are read from packed copies: at least 64 documents, see score-query.ts).
 */
import fc from "fast-check";
import MiniSearch, { type Query } from "minisearch";
import { describe, expect, it } from "vitest";
import { indexOptions } from "../../src/search/build-index.js";
import {
  createQueryScorer,
  type QueryScorer,
  UnsupportedQueryError,
} from "../../src/search/score-query.js";
import { termForms } from "../../src/search/term-forms.js";
import { tokenize } from "../../src/search/tokenize.js";
import { bundledContent } from "../helpers/content.js";

const content = bundledContent();

/**
 * A minisearch index over the passages, `copies` times each (ids `<id>~<n>` after the first),
 * with the index's own options.
 */
function indexOf(copies: number): MiniSearch {
  const mini = new MiniSearch(indexOptions(tokenize));
  for (let copy = 0; copy < copies; copy++)
    mini.addAll(
      content.passages.map((p) => ({
        id: copy === 0 ? p.id : `${p.id}~${copy}`,
        text: p.text,
        section: p.section,
        entities: content.entities
          .filter((e) => e.passageIds.includes(p.id))
          .map((e) => `entity:${e.id}`)
          .join(" "),
        topics: content.topics
          .filter((t) => t.passageIds.includes(p.id))
          .map((t) => `topic:${t.id}`)
          .join(" "),
      })),
    );
  return mini;
}

const INDEXES = [1, 10].map((copies) => {
  const mini = indexOf(copies);
  return { copies, mini, scorer: createQueryScorer(mini) };
});
const [{ mini, scorer }] = INDEXES as [(typeof INDEXES)[number]];

const words = [...new Set(content.passages.flatMap((p) => tokenize(p.text).map((t) => t.word)))];
const textTerm = fc.oneof(
  fc.constantFrom(...words.flatMap((w) => [...termForms(w)])),
  fc.constantFrom(...words.filter((w) => w.length > 4).map((w) => w.slice(0, 3 + (w.length % 3)))),
  fc.constantFrom("pizza", "zzz", "terorism"),
);
const textPart = fc.record({
  queries: fc.tuple(textTerm),
  fields: fc.constantFrom(["text", "section"], ["text"], ["section"]),
  weight: fc.constantFrom(1, 0.9, 0.6, 0.5),
  prefix: fc.boolean(),
});
const namePart = fc.record({
  queries: fc.tuple(
    fc.constantFrom(
      ...content.entities.map((e) => `entity:${e.id}`),
      ...content.topics.map((t) => `topic:${t.id}`),
    ),
  ),
  fields: fc.constantFrom(["entities"], ["topics"]),
  weight: fc.constantFrom(1, 0.6),
  prefix: fc.constant(false),
});
const queryTree = fc
  .array(fc.array(fc.oneof(textPart, textPart, namePart), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map(
    (groups): Query => ({
      combineWith: "OR",
      queries: groups.map((parts) => ({
        combineWith: "OR",
        queries: parts.map(({ queries, fields, weight, prefix }) => ({
          queries: [...queries],
          fields: [...fields],
          boostTerm: () => weight,
          ...(prefix ? { prefix } : {}),
        })),
      })),
    }),
  );

/** What minisearch's search returns, as comparable values keyed by document id. */
function expected(query: Query, index: MiniSearch = mini) {
  return new Map(
    index
      .search(query)
      .map((r) => [
        String(r.id),
        { score: r.score, queryTerms: [...r.queryTerms].sort(), terms: [...r.terms].sort() },
      ]),
  );
}

function actual(query: Query, over: QueryScorer = scorer) {
  const scored = over.score(query);
  return new Map(
    scored.matches().map((m) => [
      m.id,
      {
        score: m.score,
        queryTerms: scored.queryTerms(m).sort(),
        terms: scored.terms(m).sort(),
      },
    ]),
  );
}

describe("query scorer", () => {
  it.each(INDEXES)(
    "scores every query tree exactly as minisearch's search does ($copies×)",
    (index) => {
      fc.assert(
        fc.property(queryTree, (query) => {
          expect(actual(query, index.scorer)).toEqual(expected(query, index.mini));
        }),
        { numRuns: 300 },
      );
    },
  );

  it("reads long posting lists (64 documents or more) in the 10× index", () => {
    const big = INDEXES[1];
    if (big === undefined) throw new Error("no 10× index");
    // One term in one field held by 64 documents or more: read from its packed copy.
    const long: Query = { queries: ["terrorism"], fields: ["text"] };
    expect(expected(long, big.mini).size).toBeGreaterThanOrEqual(64);
    const query: Query = {
      combineWith: "OR",
      queries: [long, { queries: ["franc"], fields: ["text", "section"], prefix: true }],
    };
    const found = expected(query, big.mini);
    expect(actual(query, big.scorer)).toEqual(found);
    expect(actual(query, big.scorer)).toEqual(found); // the packed copies, read again
  });

  it("gives the same answer to the same query twice (its scratch space is reset)", () => {
    const query: Query = {
      combineWith: "OR",
      queries: [{ queries: ["terrorism", "terror"], fields: ["text", "section"] }],
    };
    const first = actual(query);
    expect(first.size).toBeGreaterThan(0);
    expect(actual(query)).toEqual(first);
  });

  it("refuses a query shape it does not mirror", () => {
    const and: Query = { combineWith: "AND", queries: ["france", "terrorism"] };
    expect(() => scorer.score(and)).toThrow(UnsupportedQueryError);
    const fuzzy: Query = { queries: ["terorism"], fuzzy: 0.2 };
    expect(() => scorer.score(fuzzy)).toThrowError(
      expect.objectContaining({ code: "UNSUPPORTED_QUERY" }),
    );
  });
});
