/**
 * The ranking set: real queries, the passage that must come first, and why.
 * A change to tokenizing, stemming, fuzziness or scoring that breaks one of these is a regression.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultContentDir, packageRoot } from "../../src/content/content-dir.js";
import { loadContent } from "../../src/content/load-content.js";
import { createSearchIndex, type SearchOutcome } from "../../src/search/search-index.js";
import { bundledContent } from "../helpers/content.js";

const index = createSearchIndex(bundledContent());

function ids(outcome: SearchOutcome): string[] {
  return "hits" in outcome ? outcome.hits.map((h) => h.passage.id) : [];
}

const RANKING: ReadonlyArray<{ query: string; top: string; why: string }> = [
  {
    query: "India",
    top: "eu-cooperation",
    why: "exact entity name: the only passage naming India",
  },
  {
    query: "Niger",
    top: "sahel-capacity-building",
    why: "exact entity; must not drift to Nigeria",
  },
  { query: "nigeria", top: "eu-cooperation", why: "entity names match in any case" },
  { query: "ISIS", top: "coalition-teaser", why: "alias of Daesh" },
  { query: "Islamic State", top: "coalition-teaser", why: "multi-word alias of Daesh" },
  {
    query: "what is ISIL doing",
    top: "coalition-teaser",
    why: "alias inside a sentence, stop words dropped",
  },
  {
    query: "GCTF",
    top: "gctf",
    why: "acronym of the Global Counter-Terrorism Forum; the paragraph about it comes before the list that names it (issue 11.4)",
  },
  {
    query: "Global Counterterrorism Forum",
    top: "gctf",
    why: "spelling without the hyphen is an alias; defining paragraph first",
  },
  {
    query: "UN",
    top: "un-legal-norm",
    why: "acronym; the passage about work at the UN (its Security Council and General Assembly are parts of it) leads",
  },
  {
    query: "Group of Eight",
    top: "g8-recommendations",
    why: "alias of G8; the paragraph whose subject is the G8 leads",
  },
  { query: "USA", top: "eu-cooperation", why: "alias of the United States" },
  { query: "security council", top: "un-legal-norm", why: "forum name" },
  {
    query: "counterterrorism diplomacy",
    top: "g8-recommendations",
    why: "joined form of counter-terrorism is indexed",
  },
  {
    query: "counter-terrorism diplomacy",
    top: "g8-recommendations",
    why: "hyphenated form splits into words that also match",
  },
  {
    query: "terrorist financing",
    top: "principle-organised-crime",
    why: "exact topic name: its passages in reading order",
  },
  {
    query: "financing of terrorists",
    top: "g8-recommendations",
    why: "full text: both words, stemmed",
  },
  {
    query: "financial links",
    top: "principle-organised-crime",
    why: "both words in the fifth principle",
  },
  {
    query: "finacing",
    top: "g8-recommendations",
    why: "typo in a long word is forgiven (one edit)",
  },
  { query: "human rights", top: "principle-human-rights", why: "both words only there" },
  {
    query: '"human rights"',
    top: "principle-human-rights",
    why: "quoted phrase filters to passages containing it",
  },
  {
    query: "fundamental freedom",
    top: "principle-human-rights",
    why: "stemming: freedom matches freedoms",
  },
  {
    query: "anti-terrorist units",
    top: "sahel-capacity-building",
    why: "hyphenated word plus plural",
  },
  { query: "Mauritania Niger", top: "sahel-capacity-building", why: "both names, one passage" },
  { query: "travel documents", top: "g8-recommendations", why: "plain words" },
  {
    query: "asylum border",
    top: "g8-recommendations",
    why: "words from the recommendations' scope",
  },
  { query: "legal norm", top: "un-legal-norm", why: "General Assembly work" },
  { query: "Paris 1996", top: "g8-recommendations", why: "place and year" },
  { query: "September 2014", top: "coalition-teaser", why: "the coalition's founding date" },
  { query: "65 states", top: "coalition-teaser", why: "number plus word" },
  { query: "community-based approach", top: "gctf", why: "hyphenated compound" },
  { query: "solidarity", top: "technical-assistance", why: "single rare word" },
  {
    query: "France's action Daesh",
    top: "coalition-teaser",
    why: "typed apostrophe matches the typographic one; Daesh decides",
  },
  {
    query: "organized crime",
    top: "principle-organised-crime",
    why: "American spelling: fuzzy on the longer word",
  },
  {
    query: "law enforcement",
    top: "ct-commitment",
    why: "the topic criminal justice matches exactly, in reading order",
  },
  { query: "sahel", top: "sahel-capacity-building", why: "entity before topic" },
  {
    query: "principles",
    top: "principle-condemn-terrorism",
    why: "exact topic: the five principles in order",
  },
  {
    query: "financ",
    top: "g8-recommendations",
    why: "last word is a prefix when it is not a word of the text",
  },
];

describe("search ranking", () => {
  it.each(RANKING)("ranks $top first for “$query” ($why)", ({ query, top }) => {
    expect(ids(index.search(query))[0]).toBe(top);
  });
});

describe("search precision", () => {
  it("does not let Niger drift to Nigeria", () => {
    expect(ids(index.search("Niger"))).toEqual(["sahel-capacity-building"]);
    expect(ids(index.search("niger units"))).not.toContain("eu-cooperation");
  });

  it("matches IS only in capitals: lower-case 'is' is a stop word", () => {
    expect(index.search("IS")).toMatchObject({ kind: "entity", entity: { id: "daesh" } });
    expect(index.search("is")).toEqual({ kind: "empty" });
  });

  it("says nothing matched, with did-you-mean suggestions, instead of padding", () => {
    expect(index.search("Inda")).toEqual({
      kind: "none",
      suggestions: ["India"],
      unmatched: ["Inda"],
    });
    expect(index.search("pizza")).toMatchObject({ kind: "none", unmatched: ["pizza"] });
  });

  it("keeps weak matches out: a query mostly about something else finds nothing", () => {
    expect(index.search("pizza pasta recipes terrorism").kind).toBe("none");
  });

  it("names the words no passage contains when the rest matched", () => {
    expect(index.search("pizza solidarity")).toMatchObject({ kind: "text", unmatched: ["pizza"] });
  });

  it("filters to passages containing a quoted phrase", () => {
    const hits = ids(index.search('"criminal justice" terrorism'));
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits)
      expect(bundledContent().passageById.get(id)?.text.toLowerCase()).toContain(
        "criminal justice",
      );
  });

  it("finds nothing for a phrase that is not in the text", () => {
    expect(index.search('"human wrongs"').kind).toBe("none");
  });

  it("marks matched words, the raw form and the stem", () => {
    const outcome = index.search("freedom");
    const hit = "hits" in outcome ? outcome.hits[0] : undefined;
    const marked = hit?.marks.map(([s, e]) => hit.passage.text.slice(s, e));
    expect(marked).toEqual(["freedoms"]);
  });

  it("marks entity names and aliases found in the text", () => {
    const outcome = index.search("GCTF");
    const hit = "hits" in outcome ? outcome.hits[0] : undefined;
    expect(hit?.marks.map(([s, e]) => hit.passage.text.slice(s, e))).toEqual([
      "Global Counter-Terrorism Forum",
    ]);
  });

  it("searches a second source added as files, and cites it as its own", () => {
    const content = loadContent([
      defaultContentDir(),
      join(packageRoot(), "tests/fixtures/content"),
    ]);
    const outcome = createSearchIndex(content).search("four pillars");
    expect(outcome.kind).toBe("topic");
    expect(ids(outcome)).toEqual(["fixture-four-pillars"]);
    expect(ids(createSearchIndex(content).search("rule of law"))[0]).toBe("fixture-four-pillars");
  });
});

describe("suggestions", () => {
  it("completes a half-typed word from the text", () => {
    expect(index.suggest("fina", 5)).toEqual(expect.arrayContaining(["financing", "financial"]));
  });

  it("offers close entity names for a misspelt partner", () => {
    expect(index.closestNames("Pakistn", ["partner"], 3)).toEqual(["Pakistan"]);
  });
});
