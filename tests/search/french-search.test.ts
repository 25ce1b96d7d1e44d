/**
 * How a French query is read: which language a query is in, what French words are dropped or
 * corrected, that short French names do not hijack French words, and that English queries are
 * read exactly as before. Ranking in French is in ranking-fr.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchStem, isFrenchStopWord } from "../../src/i18n/french-words.js";
import { createSearchIndex, type SearchOutcome } from "../../src/search/search-index.js";
import { bundledContent, testBot } from "../helpers/content.js";

const index = createSearchIndex(bundledContent());

function ids(outcome: SearchOutcome): string[] {
  return "hits" in outcome ? outcome.hits.map((h) => h.passage.id) : [];
}

/** English queries of every kind the English ranking set has: names, words, questions, typos. */
const ENGLISH = [
  "India",
  "what is ISIL doing",
  "UN",
  "terrorist financing",
  "financing of terrorists",
  "human rights",
  "what are the principles?",
  "Paris 1996",
  "radicalisation",
  "terorism",
  "Sahle",
  "un",
  "eu",
  "who are France's partners in Africa?",
  "does France negotiate with terrorists",
  "counter-terrorism diplomacy",
  "organized crime",
  "pizza",
];

describe("the language of a query", () => {
  it("reads English queries as English whatever the person's language, as before", () => {
    for (const query of ENGLISH) {
      const before = index.search(query);
      expect(index.search(query, { language: "en" }), query).toEqual(before);
      expect(ids(index.search(query, { language: "fr" })), query).toEqual(ids(before));
    }
  });

  it("follows the person's language when the words say nothing: financ is half of either", () => {
    expect(index.search("financ", { language: "en" })).toEqual(index.search("financ"));
    expect(ids(index.search("financ", { language: "fr" })).length).toBeGreaterThan(0);
  });

  it("reads a French question as French without a hint", () => {
    expect(ids(index.search("Que dit la France sur les droits de l'homme ?"))[0]).toBe(
      "principle-human-rights",
    );
    expect(index.search("human rights")).toEqual(index.search("droits de l'homme"));
  });

  it("lets the person's language settle a word both languages share", () => {
    expect(index.search("sécurité", { language: "fr" }).kind).toBe("text");
    expect(index.search("Sahel", { language: "fr" })).toMatchObject({
      kind: "entity",
      entity: { id: "sahel" },
    });
  });
});

describe("French words", () => {
  it("drops articles, question words and elided forms", () => {
    for (const word of ["le", "la", "les", "des", "du", "de", "l", "d", "qu", "quel", "quelles"])
      expect(isFrenchStopWord(word), word).toBe(true);
    for (const word of ["que", "qui", "quoi", "comment", "pourquoi", "est", "ce"])
      expect(isFrenchStopWord(word), word).toBe(true);
    expect(isFrenchStopWord("terrorisme")).toBe(false);
    expect(index.search("quels sont les")).toEqual({ kind: "empty" });
  });

  it("stems with the Snowball French stemmer, accents or not", () => {
    expect(frenchStem("financements")).toBe(frenchStem("financement"));
    expect(frenchStem("sécurité")).toBe(frenchStem("securite"));
    expect(frenchStem("internationaux")).toBe(frenchStem("internationale"));
  });

  it("corrects a French typo to the glossary's word and says so in French", () => {
    expect(index.search("financement du terorisme")).toMatchObject({
      kind: "text",
      corrected: "financement du terrorisme",
    });
  });

  it("searches exactly as typed after =: no correction and no translation", () => {
    // Translating "financement" under = once found English passages without the word; with a
    // French source loaded, `=financement` must find the passages that say "financement".
    const outcome = index.search("=financement du terorisme");
    expect(outcome).not.toHaveProperty("corrected");
    expect(outcome).toMatchObject({ kind: "none", unmatched: ["financement", "terorisme"] });
  });

  it("names what it did not find in the person's words, once", () => {
    expect(index.search("otages et droits de l'homme", { language: "fr" })).toMatchObject({
      kind: "text",
      unmatched: ["otages"],
    });
  });

  it("suggests only names for a French query: otages is no typo of States", () => {
    expect(index.search("otages", { language: "fr" })).toEqual({
      kind: "none",
      suggestions: [],
      unmatched: ["otages"],
    });
    expect(index.search("partenaires Inda")).toMatchObject({
      kind: "none",
      suggestions: ["partenaires India"],
    });
  });
});

describe("French names", () => {
  it("answer with their entity", () => {
    for (const [name, id] of [
      ["Nations unies", "un"],
      ["ONU", "un"],
      ["l'ONU", "un"],
      ["Union européenne", "eu"],
      ["UE", "eu"],
      ["États-Unis", "united-states"],
      ["Etats-Unis", "united-states"],
      ["Russie", "russia"],
      ["Daech", "daesh"],
      ["État islamique", "daesh"],
      ["EI", "daesh"],
      ["Conseil de sécurité", "un-security-council"],
      ["Assemblée générale", "un-general-assembly"],
      ["Forum mondial de lutte contre le terrorisme", "gctf"],
      ["Groupe des huit", "g8"],
    ] as const)
      expect(index.search(name), name).toMatchObject({ kind: "entity", entity: { id } });
  });

  it("that are French words count only in capitals in a French query", () => {
    expect(index.search("un partenaire")).toMatchObject({
      kind: "topic",
      topic: { id: "partners" },
    });
    // "eu" is avoir's participle in French; the EU in English, as before.
    expect(ids(index.search("quels partenaires la France a-t-elle eu"))).toEqual(
      ids(index.search("quels partenaires la France a-t-elle")),
    );
    expect(index.search("EU", { language: "fr" })).toMatchObject({ entity: { id: "eu" } });
    expect(index.search("eu")).toMatchObject({ entity: { id: "eu" } });
  });

  it("work in the English commands, and are never listed in English", async () => {
    const bot = testBot();
    expect((await bot.ask("partners Inde")).items.map((i) => i.passageId)).toEqual([
      "eu-cooperation",
    ]);
    expect((await bot.ask("forums Conseil de sécurité")).items[0]?.passageId).toBe("un-legal-norm");
    expect((await bot.ask("search Nations unies")).items[0]?.passageId).toBe("un-legal-norm");
    expect((await bot.ask("search financement du terrorisme")).items.length).toBeGreaterThan(0);
    const rows = (await bot.ask("partners")).entries.map((e) => JSON.stringify(e));
    for (const french of ["Inde", "Nations unies", "Russie", "Union européenne"])
      expect(rows.join(" ")).not.toContain(french);
  });

  it("lead the lists and titles of a French reader, the English name among the others", async () => {
    const bot = testBot();
    const caller = { platform: "console" as const, language: "fr" as const };
    const list = await bot.ask("partenaires", { caller });
    const un = list.entries.find((e) => e.label === "Nations unies");
    expect(un?.detail).toContain("United Nations");
    expect(un?.command).toBe("partners Nations unies");
    expect(list.entries.map((e) => e.label)).toContain("Nigeria");
    const india = await bot.ask("partenaires India", { caller });
    expect(india.title).toBe("Inde : ce qu’en dit le document");
    expect(india.intro).toContain("Inde : un passage en parle.");
    expect(india.items.map((i) => i.passageId)).toEqual(["eu-cooperation"]);
  });
});

describe("any French input", () => {
  const pieces = fc.constantFrom(
    "l'",
    "d'",
    "qu'",
    "les ",
    "UN ",
    "un ",
    "EU ",
    "Nations unies ",
    "financement ",
    "terorisme ",
    "é",
    "œ",
    '"',
    "=",
    "-",
    "?",
    " ",
    "<@U123> ",
  );
  const input = fc.oneof(
    fc.string(),
    fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 12 })
      .map((p) => p.join("")),
  );

  it("gets an answer, never a throw, in either language", () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(undefined, "fr" as const, "en" as const),
        (query, hint) => {
          const outcome = index.search(query, hint === undefined ? {} : { language: hint });
          expect(["entity", "topic", "text", "none", "empty"]).toContain(outcome.kind);
          if ("hits" in outcome)
            for (const hit of outcome.hits) expect(hit.marks).toBeInstanceOf(Array);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a French word with several English forms", () => {
  it("finds what its first English word finds: terrorisme finds the passages terrorism does", () => {
    const idsOf = (outcome: SearchOutcome) =>
      "hits" in outcome ? outcome.hits.map((h) => h.passage.id) : [];
    const english = idsOf(index.search("terrorism"));
    const french = idsOf(index.search("terrorisme", { language: "fr" }));
    expect(english.length).toBeGreaterThan(5);
    // A rarer form (terrorist) once left only the passages with it above the relevance floor.
    // The one line that only introduces the principles (scored at the intro penalty) may fall
    // below it; every passage that says something is found.
    expect(english.filter((id) => !french.includes(id) && id !== "principles-intro")).toEqual([]);
  });
});
