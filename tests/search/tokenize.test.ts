/**
 * Tokens point into the text they come from: whatever the text, a token's `raw` is the text
 * between its offsets, and its `word` is that text folded (parts of a compound, or the
 * compound joined without its hyphens).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldCase } from "../../src/content/fold-text.js";
import { tokenize } from "../../src/search/tokenize.js";

const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom("a", "B", "é", "É", "’", "-", " ", "'", "1", "İ", "ß", "😀", "–"),
    maxLength: 40,
  }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("tokenize", () => {
  it("gives each token the text between its offsets as raw, for any text", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const token of tokenize(s)) expect(token.raw).toBe(s.slice(token.start, token.end));
      }),
    );
  });

  it("gives each word the folded text of its token, for text that folds to its own length", () => {
    fc.assert(
      fc.property(text, (s) => {
        fc.pre(foldCase(s).length === s.length);
        for (const token of tokenize(s)) {
          const folded = foldCase(token.raw);
          expect(token.word).toBe(token.joined ? folded.replaceAll("-", "") : folded);
        }
      }),
    );
  });

  it("splits a compound into its parts and adds the joined form after them", () => {
    expect(tokenize("Counter-Terrorism Forum").map((t) => [t.word, t.raw, t.joined])).toEqual([
      ["counter", "Counter", false],
      ["terrorism", "Terrorism", false],
      ["counterterrorism", "Counter-Terrorism", true],
      ["forum", "Forum", false],
    ]);
  });
});
