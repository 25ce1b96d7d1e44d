/**
 * Folding skips work on text that is already folded (most of it: passages are stored folded).
 * Whatever the input, the result is the one the plain definitions give.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasFoldedPhrase } from "../../src/content/find-phrase.js";
import { foldCase, foldForMatch, foldWhitespace } from "../../src/content/fold-text.js";

// Characters that folding treats specially, mixed with plain ones.
const TRICKY = [
  "a",
  "Z",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "\u2003",
  "\ufeff",
  "é",
  "É",
  "ß",
  "İ",
  "’",
  "`",
  "´",
  "–",
  "−",
  "-",
  "'",
  "😀",
  "e\u0301",
  // Lone surrogates: folded as one character each, like any other.
  "\ud83d",
  "\ude00",
];

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** The definitions, written the plain way: every step on every text. */
const plainWhitespace = (s: string) => s.replace(/\s+/gu, " ").trim();
const plainCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u{80}-\u{10FFFF}]/gu, (ch) => {
      const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
      return base.length === ch.length ? base : ch;
    })
    .replace(/[\u2018\u2019\u201b\u02bc\u0060\u00b4]/gu, "'")
    .replace(/[\u2010-\u2015\u2212]/gu, "-");

describe("folding text", () => {
  it("folds whitespace as collapsing every run to one space and trimming, for any text", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldWhitespace(s)).toBe(plainWhitespace(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("folds case, accents, apostrophes and dashes as the plain steps do, for any text", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldCase(s)).toBe(plainCase(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a folded phrase in lines of folded texts exactly when one of the texts has it", () => {
    const words = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "’", "-"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(words, { maxLength: 5 }), words, (texts, phrase) => {
        const folded = texts.map(foldForMatch);
        const needle = foldForMatch(phrase);
        expect(hasFoldedPhrase(folded.join("\n"), needle)).toBe(
          folded.some((t) => hasFoldedPhrase(t, needle)),
        );
      }),
    );
  });
});
