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
  // Issue 11.1: stems and edits must not change the meaning.
  {
    query: "causes",
    top: "principle-end-root-tragedies",
    why: "an English word is never corrected to 'cases'; concepts.yaml says causes = the tragedies on which terrorism feeds",
  },
  {
    query: "root causes",
    top: "principle-end-root-tragedies",
    why: "concept: root causes",
  },
  {
    query: "information sharing",
    top: "g8-recommendations",
    why: "concept: exchanges of information; 'shared responsibility' covers only half the words",
  },
  {
    query: "Africa",
    top: "sahel-capacity-building",
    why: "region: its places (Sahel, Mauritania, Niger), not 'America'",
  },
  // Issue 11.2: words people use that the text says otherwise.
  { query: "West Africa", top: "sahel-capacity-building", why: "region of the Sahel countries" },
  { query: "Middle East", top: "coalition-teaser", why: "region: Iraq and Syria" },
  { query: "South Asia", top: "eu-cooperation", why: "region: India and Pakistan" },
  { query: "Europe", top: "eu-cooperation", why: "region: the European Union and its associates" },
  { query: "organisations", top: "coalition-teaser", why: "British spelling of 'organizations'" },
  { query: "organizations", top: "coalition-teaser", why: "the text's own spelling first" },
  {
    query: "recognizing the links",
    top: "principle-organised-crime",
    why: "American spelling of 'recognising'",
  },
  {
    query: "emphasizing human rights",
    top: "principle-human-rights",
    why: "American spelling of 'emphasising'",
  },
  {
    query: "fight against terrorism",
    top: "ct-commitment",
    why: "the text's own 'fight terrorism' before the concept's combat/counter",
  },
  { query: "combat Daesh", top: "coalition-teaser", why: "Daesh and combat in the teaser" },
  {
    query: "funding",
    top: "g8-recommendations",
    why: "WordNet synonym of financing (their dominant senses)",
  },
  {
    query: "countries",
    top: "eu-cooperation",
    why: "the word itself ranks above the concept's 'States'",
  },
  { query: "Indian partners", top: "eu-cooperation", why: "demonym of India" },
  { query: "American partners", top: "eu-cooperation", why: "demonym of the United States" },
  { query: "the Russians", top: "eu-cooperation", why: "plural demonym of Russia" },
  { query: "Nigerien", top: "sahel-capacity-building", why: "demonym of Niger, not Nigeria" },
  { query: "Sahel region", top: "sahel-capacity-building", why: "alias of the Sahel" },
  {
    query: "criminal justice system",
    top: "sahel-capacity-building",
    why: "all three words only there",
  },
  // Issue 11.5: typos corrected to the word the text uses.
  { query: "terorism", top: "gctf", why: "typo of terrorism; the intro line is not first" },
  { query: "Sahle", top: "sahel-capacity-building", why: "transposition in a name is one edit" },
  { query: "terorist financing", top: "g8-recommendations", why: "typo in the first word" },
  { query: "solidarty", top: "technical-assistance", why: "one letter missing" },
  { query: "diplomcy", top: "g8-recommendations", why: "one letter missing" },
  { query: "recomendations", top: "g8-recommendations", why: "one letter missing" },
  { query: "asylm", top: "g8-recommendations", why: "five letters, one missing" },
  { query: "mauritnia", top: "sahel-capacity-building", why: "typo of a partner's name" },
  { query: "coaltion", top: "coalition-teaser", why: "transposition" },
  { query: "Nigria", top: "eu-cooperation", why: "Nigeria, one letter missing: not Niger" },
  { query: "humna rights", top: "principle-human-rights", why: "transposition in the first word" },
  { query: "human rihgts", top: "principle-human-rights", why: "transposition in the second word" },
  {
    query: "capacity-bulding",
    top: "sahel-capacity-building",
    why: "typo inside a hyphenated compound",
  },
  // Questions: stop words dropped, the words that matter decide.
  {
    query: "what are the root causes of terrorism",
    top: "principle-end-root-tragedies",
    why: "concept inside a question",
  },
  {
    query: "tell me about information sharing",
    top: "g8-recommendations",
    why: "concept inside a request",
  },
  {
    query: "what does France do in Africa",
    top: "sahel-capacity-building",
    why: "region inside a question",
  },
  {
    query: "what is happening in the Middle East",
    top: "coalition-teaser",
    why: "region; 'happening' is not in the text",
  },
  {
    query: "how does France fight against terrorism",
    top: "ct-commitment",
    why: "'determined to fight terrorism'",
  },
  {
    query: "what does France say about India?",
    top: "eu-cooperation",
    why: "entity inside a question",
  },
  {
    query: "how many partners does France have",
    top: "ct-commitment",
    why: "'many' is a question word, not a typo of 'may'; the commitment lists France's partners (UN, EU, G8, GCTF); the teaser's 'its partners' was menu text, cut from the passage",
  },
  {
    query: "what is the role of the G8",
    top: "g8-recommendations",
    why: "the G8's defining passage is boosted",
  },
  {
    query: "what is the GCTF",
    top: "gctf",
    why: "the GCTF's defining passage before the list naming it",
  },
  {
    query: "does France use military force",
    top: "coalition-teaser",
    why: "concept: military action",
  },
  {
    query: "what about money laundering",
    top: "principle-organised-crime",
    why: "concept: financing, financial nature",
  },
  { query: "how is terrorism financed", top: "g8-recommendations", why: "stem of financed" },
  {
    query: "how does France help countries in the Sahel",
    top: "sahel-capacity-building",
    why: "Sahel and countries together",
  },
  {
    query: "what does France do at the United Nations",
    top: "un-legal-norm",
    why: "the passage about the UN leads ('the United Nations' is the entity, not the topic title)",
  },
  {
    query: "what is the 65-member coalition",
    top: "coalition-teaser",
    why: "alias with a number and hyphen",
  },
  {
    query: "what does France say about organised crime",
    top: "principle-organised-crime",
    why: "both words",
  },
  {
    query: "how does France support the Global Counter-Terrorism Strategy",
    top: "gctf",
    why: "the strategy is named only there",
  },
  {
    query: "what is France doing to combat Daesh?",
    top: "coalition-teaser",
    why: "combat and Daesh",
  },
  { query: "which States are in the coalition?", top: "coalition-teaser", why: "65 States" },
  { query: "when was the coalition formed?", top: "coalition-teaser", why: "formed" },
  {
    query: "where were the G8 recommendations adopted?",
    top: "g8-recommendations",
    why: "adopted in Paris",
  },
  {
    query: "what are the five principles?",
    top: "principle-condemn-terrorism",
    why: "topic title inside a question: in order",
  },
  {
    query: "who does France cooperate with in the EU?",
    top: "eu-cooperation",
    why: "cooperation within the European Union",
  },
  { query: "what does the General Assembly do?", top: "un-legal-norm", why: "forum name" },
  { query: "what is technical assistance?", top: "technical-assistance", why: "both words" },
  {
    query: "why does France help Mauritania?",
    top: "sahel-capacity-building",
    why: "partner name",
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

/**
 * Issue 11.6: questions the text does not answer find nothing, never a weak match: the
 * missing word is the rarest of the query, so what is left covers too little of it.
 */
const NOTHING: ReadonlyArray<{ query: string; why: string }> = [
  { query: "torture", why: "not in the text, and no synonym of it is" },
  { query: "what about torture", why: "a question about something the text does not discuss" },
  { query: "negotiations", why: "'dialogue' is only dialogue's third sense: not a synonym here" },
  { query: "does France negotiate with terrorists", why: "'terrorists' alone is not an answer" },
  { query: "what does France think of negotiations with terrorists", why: "same, asked otherwise" },
  { query: "what is the weather", why: "nothing about weather" },
  { query: "what is Germany's counter-terrorism policy", why: "another country's policy" },
  { query: "what is the US policy on Iran", why: "another country's policy" },
  { query: "what does Germany do against terrorism", why: "Germany is not in the text" },
  { query: "is terrorism ever justified?", why: "the justification question is not in the text" },
  { query: "death penalty", why: "'punishment' is only a synonym of 'penalty'; death is missing" },
  { query: "extradition", why: "not in the text" },
  { query: "cyber attacks", why: "not in the text" },
  { query: "radicalisation", why: "not in the text, in either spelling" },
];

describe("honest empty", () => {
  it.each(NOTHING)("finds nothing for “$query” ($why)", ({ query }) => {
    expect(index.search(query).kind).toBe("none");
  });
});

describe("corrections", () => {
  it("says what it corrected", () => {
    expect(index.search("terorism")).toMatchObject({ kind: "text", corrected: "terrorism" });
    expect(index.search("Sahle")).toMatchObject({ corrected: "Sahel" });
  });

  it("never corrects an English word, a stop word, a short word or a quoted word", () => {
    for (const query of ["causes", "many", "Africa", "cause", "niger", '"terorism"', "the"])
      expect(index.search(query)).not.toHaveProperty("corrected");
  });

  it("searches exactly as typed after =, so the original stays reachable", () => {
    expect(index.search("=terorism")).toMatchObject({ kind: "none", unmatched: ["terorism"] });
    expect(index.search("=organizations")).not.toHaveProperty("corrected");
  });

  it("offers no 'did you mean' for a real word: many is not a typo of may, Africa of America", () => {
    for (const query of ["many", "Africa", "pizza"]) {
      const outcome = index.search(query);
      if (outcome.kind === "none") expect(outcome.suggestions).toEqual([]);
    }
  });

  it("ranks the introduction line below every passage with content", () => {
    const found = ids(index.search("terrorism action"));
    const intro = found.indexOf("principles-intro");
    if (intro >= 0) expect(intro).toBe(found.length - 1);
    expect(ids(index.search("terorism")).at(-1)).toBe("principles-intro");
  });
});

describe("entity answers", () => {
  it("lead with the passage about the entity, then its mentions in reading order", () => {
    const order = (name: string) => {
      const entity = index.findEntity(name);
      return entity ? index.aboutEntity(entity).map((h) => h.passage.id) : [];
    };
    expect(order("GCTF")).toEqual(["gctf", "ct-commitment"]);
    expect(order("G8")).toEqual(["g8-recommendations", "ct-commitment"]);
    expect(order("EU")).toEqual(["ct-commitment", "eu-cooperation"]);
  });

  it("answers to demonyms and finds topics by their entities' names", () => {
    expect(index.findEntity("Russian")?.id).toBe("russia");
    expect(index.findEntity("Indian")?.id).toBe("india");
    expect(index.findTopic("daesh")?.id).toBe("coalition");
    expect(index.findTopic("G8")?.id).toBe("g8-recommendations");
    expect(index.findTopic("un")?.id).toBe("united-nations");
    expect(index.findTopic("global coalition against daesh")?.id).toBe("coalition");
    expect(index.findTopic("Russia")).toBeUndefined();
  });

  it("corrects a name only when one entity is that close and the name is not a word", () => {
    expect(index.correctEntity("Indai")?.id).toBe("india");
    expect(index.correctEntity("Pakistn")?.id).toBe("pakistan");
    expect(index.correctEntity("Indi")).toBeUndefined();
    expect(index.correctEntity("nigeri")).toBeUndefined();
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
