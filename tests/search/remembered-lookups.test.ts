/**
 * What the index remembers per word gives what computing it afresh gives (issue 12): spelling
 * corrections, and the words of French names that mark a French query.
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

/** A vocabulary of the bundled passages, with nothing remembered yet. */
function freshVocabulary(): Vocabulary {
  const builder = createVocabularyBuilder();
  for (const passage of content.passages) builder.addPassage(tokenize(passage.text));
  return builder.build(content);
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
});
