/**
 * What the index remembers per word gives what computing it afresh gives (issue 12): spelling
 * corrections, the words of French names that mark a French query, and names, whose keys are
 * made per first word when first needed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFrenchStopWord } from "../../src/i18n/french-words.js";
import { createNameIndex } from "../../src/search/name-index.js";
import { SEARCH_OPTIONS } from "../../src/search/search-options.js";
import { tokenize } from "../../src/search/tokenize.js";
import { createVocabularyBuilder, type Vocabulary } from "../../src/search/vocabulary.js";
import { bundledContent } from "../helpers/content.js";

const content = bundledContent();

/** A vocabulary of the bundled passages and names, with nothing remembered yet. */
function freshVocabulary(): Vocabulary {
  const builder = createVocabularyBuilder();
  createNameIndex(content, (tokens) => builder.addName(tokens));
  for (const passage of content.passages) builder.addPassage(tokenize(passage.text));
  return builder.build();
}

describe("remembered look-ups", () => {
  it("corrects a word the same way the first time, the next times and at any limit", () => {
    const remembered = freshVocabulary();
    const typo = fc.constantFrom("terorism", "finacing", "sahle", "goverment", "inda", "xyz");
    fc.assert(
      fc.property(
        typo,
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(SEARCH_OPTIONS.correction, SEARCH_OPTIONS.suggestion),
        (word, limit, rule) => {
          expect(remembered.closest(word, limit, rule)).toEqual(
            freshVocabulary().closest(word, limit, rule),
          );
        },
      ),
      { numRuns: 60 },
    );
    expect(remembered.closest("terorism", 1, SEARCH_OPTIONS.correction)).toEqual(["terrorism"]);
  });

  it("counts the words of the display names the name index reads, after the passages", () => {
    // What the vocabulary is of: the passages, then every entity's name and aliases and every
    // topic's title (their words; stop words, joined forms and single letters aside).
    const expected = createVocabularyBuilder();
    for (const passage of content.passages) expected.addPassage(tokenize(passage.text));
    for (const entity of content.entities)
      expected.addName(tokenize([entity.name, ...entity.aliases].join(" ")));
    for (const topic of content.topics) expected.addName(tokenize(topic.title));
    const reference = expected.build();
    const built = freshVocabulary();
    const words = new Set<string>();
    for (const entity of content.entities)
      for (const name of [entity.name, ...entity.aliases, ...entity.frenchNames])
        for (const token of tokenize(name)) words.add(token.word);
    for (const topic of content.topics)
      for (const name of [topic.title, ...topic.aliases])
        for (const token of tokenize(name)) words.add(token.word);
    for (const word of words) expect(built.has(word), word).toBe(reference.has(word));
    // Counts and printed forms: completion lists words commonest first, as the text prints them.
    for (const prefix of "abcdefghijklmnopqrstuvwxyz")
      expect(built.complete(prefix, 50), prefix).toEqual(reference.complete(prefix, 50));
    expect(built.has("sahel")).toBe(true);
  });

  it("finds the words of French names that no English name has, as reading every name gives", () => {
    const english = new Set<string>();
    const french: string[] = [];
    for (const entity of content.entities) {
      for (const name of [entity.name, ...entity.aliases])
        for (const token of tokenize(name)) english.add(token.word);
      for (const name of entity.frenchNames)
        for (const token of tokenize(name)) french.push(token.word);
    }
    const expected = new Set(french.filter((w) => !english.has(w) && !isFrenchStopWord(w)));
    expect(expected.size).toBeGreaterThan(0);
    expect(createNameIndex(content).frenchOnlyWords()).toEqual(expected);
  });

  it("finds every name the same whichever names were looked up or scanned before", () => {
    const names = createNameIndex(content)
      .names()
      .map((n) => n.name);
    const phrases = [...names, ...names.map((name) => `the ${name} and ${name.toLowerCase()}`)];
    // Either first: each must make the keys it needs itself, not find them made by the other.
    const answers = (
      index: ReturnType<typeof createNameIndex>,
      phrase: string,
      scanFirst = true,
    ) => {
      const scan = () => index.scan(tokenize(phrase).filter((t) => !t.joined));
      const scanned = scanFirst ? scan() : undefined;
      const found = index.lookup(phrase);
      return { scanned: scanned ?? scan(), found };
    };
    const inOrder = createNameIndex(content);
    const expected = new Map(phrases.map((p) => [p, answers(inOrder, p)]));
    expect(names.filter((name) => expected.get(name)?.found === undefined)).toEqual([]);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(phrases, { minLength: 1 }),
        fc.boolean(),
        (order, scanFirst) => {
          const index = createNameIndex(content);
          for (const phrase of order)
            expect(answers(index, phrase, scanFirst)).toEqual(expected.get(phrase));
        },
      ),
      { numRuns: 30 },
    );
  });
});
