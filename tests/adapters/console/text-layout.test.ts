/**
 * Wrapping text for the terminal: French typography keeps « and » with the words they enclose
 * and a space before : ; ! ? with its sign, at any width; the text itself is unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapParagraph } from "../../../adapters/console/text-layout.js";

const HELP =
  "Chercher dans les sources : mots, noms, sigles, « expressions exactes » ; = pour chercher tel quel";

describe("wrapParagraph", () => {
  it("never breaks after « or before » : ; ! ? whatever the width", () => {
    for (let width = 20; width <= 100; width++) {
      const lines = wrapParagraph(HELP, width);
      for (const line of lines) {
        expect(line.endsWith("«"), `${width}: ${line}`).toBe(false);
        expect(/^[»:;!?]/u.test(line), `${width}: ${line}`).toBe(false);
      }
      expect(lines.join(" ")).toBe(HELP);
    }
  });

  it("gives back any text as it was, only its spaces turned into line breaks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("mot", "«", "»", ":", "?", " ", "  ", "\u00a0", "\u{E000}", "é"), {
          maxLength: 40,
        }),
        fc.integer({ min: 20, max: 80 }),
        (parts, width) => {
          const text = parts
            .join("")
            .replace(/\s+/gu, (space) => (space === "\u00a0" ? space : " "))
            .trim();
          const joined = wrapParagraph(text, width).join(" ");
          expect(joined.replace(/ +/gu, " ")).toBe(text.replace(/ +/gu, " "));
        },
      ),
    );
  });
});
