/**
 * Marking a hit reads each text's cached ranges term by term, and a phrase search passes over
 * matches that lack one of the phrase's own index terms (issue 12). Both must give exactly what
 * the plain definitions give.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markText, wordTerms } from "../../src/search/highlight.js";
import { markableNames } from "../../src/search/name-index.js";
import { termForms } from "../../src/search/term-forms.js";
import { tokenize, tokenizesFolded } from "../../src/search/tokenize.js";
import { bundledContent } from "../helpers/content.js";

const content = bundledContent();
const passage = fc.constantFrom(...content.passages);
const names = content.entities.flatMap((entity) => markableNames(entity));

describe("marks", () => {
  it("marks a text term by term exactly as testing every word gives", () => {
    fc.assert(
      fc.property(
        passage,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.constantFrom(...names), { maxLength: 3 }),
        fc.constantFrom("terrorism", "pizza", "financ", undefined),
        (p, picks, phrases, other) => {
          const words = wordTerms(p.text);
          const forms = words.flatMap((w) => [...w.forms]);
          // No term at all (an entity answer marks its names only) as often as some.
          const terms = new Set(picks.map((n) => forms[n % forms.length] ?? ""));
          if (other !== undefined) terms.add(other);
          const request = { terms, phrases };
          const expected = markText(p.text, request, words);
          expect(markText(p.text, request)).toEqual(expected);
          expect(markText(p.text, request)).toEqual(expected); // from the cached ranges
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds every word of a phrase among the index terms of a text that holds it", () => {
    // What lets a phrase search skip, unread, a match lacking one of the phrase's own terms.
    fc.assert(
      fc.property(passage, fc.nat(), fc.integer({ min: 1, max: 5 }), (p, at, length) => {
        const tokens = tokenize(p.text).filter((t) => !t.joined);
        const from = at % tokens.length;
        const last = tokens[Math.min(tokens.length, from + length) - 1];
        const first = tokens[from];
        if (first === undefined || last === undefined) return;
        const phrase = p.text.slice(first.start, last.end);
        const held = new Set(tokenize(p.text).flatMap((t) => [...termForms(t.word)]));
        // Joined forms are not required, and a text indexed unfolded is always read.
        if (!tokenizesFolded(p.text)) return;
        for (const token of tokenize(phrase).filter((t) => !t.joined)) {
          const [own] = termForms(token.word);
          if (own !== undefined) expect(held.has(own), `${own} of "${phrase}"`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
