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
    unit: fc.constantFrom("a", "B", "é", "É", "’", "-", " ", "'", "1", "İ", "ß", "😀", "𝐀", "–"),
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

  it("gives the tokens of every match of letters, digits and inner hyphens, in order", () => {
    // The plain way: each match of the pattern in the folded text (lower-cased only when
    // folding changes its length), its parts, then its joined form.
    const source = (s: string) => (foldCase(s).length === s.length ? foldCase(s) : s.toLowerCase());
    const plain = (s: string) =>
      [...source(s).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].flatMap((m) => {
        let offset = m.index;
        const parts = m[0].split("-").map((word) => {
          const start = offset;
          offset += word.length + 1;
          return { word, start, joined: false };
        });
        const joined = { word: m[0].replaceAll("-", ""), start: m.index, joined: true };
        return parts.length > 1 ? [...parts, joined] : parts;
      });
    // Any text: hyphens and letters side by side, lone surrogates, characters outside the BMP.
    const anyText = fc.oneof(
      text,
      fc.string({
        unit: fc.constantFrom("a", "-", "𝐀", "\ud835", "\udc00", "1", " ", "é"),
        maxLength: 20,
      }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
    );
    fc.assert(
      fc.property(anyText, (s) => {
        const found = tokenize(s).map(({ word, start, joined }) => ({ word, start, joined }));
        expect(found).toEqual(plain(s));
      }),
      { numRuns: 2000 },
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
