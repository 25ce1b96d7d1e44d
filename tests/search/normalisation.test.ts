/**
 * One normalisation for every match (issue: accents folded in search but not in name
 * lookups). Case, accents, typographic apostrophes and dashes never change what a name, a
 * topic, an autocomplete or a search finds, and an accent is not treated as a typo.
 */
import { describe, expect, it } from "vitest";
import { foldCase } from "../../src/content/fold-text.js";
import { isStopWord } from "../../src/search/stop-words.js";
import { bundledContent, testBot } from "../helpers/content.js";

const bot = testBot();

/** `name` with every vowel accented, as people with another keyboard layout type it. */
function accented(name: string): string {
  const marks: Record<string, string> = {
    a: "á",
    e: "é",
    i: "í",
    o: "ó",
    u: "ú",
    A: "Á",
    E: "É",
    I: "Í",
    O: "Ó",
    U: "Ú",
  };
  return name.replace(/[aeiouAEIOU]/gu, (v) => marks[v] ?? v);
}

describe("one normalisation for every match", () => {
  it.each([
    ["partners Nigéria", "Nigeria"],
    ["partners Índia", "India"],
    ["forums Sécurity Council", "UN Security Council"],
    ["search Nigéria", "Nigeria"],
  ])("%s answers %s directly, with no correction note", async (query, name) => {
    const reply = await bot.ask(query);
    expect(reply.title).toBe(`What the document says about ${name}`);
    expect(reply.intro.join(" ")).not.toMatch(/Showing results for|you typed/u);
    expect(reply.items.length).toBeGreaterThan(0);
  });

  it('autocompletes partners name:"Nigé" with Nigeria', () => {
    expect(bot.complete("partners", "Nigé").map((c) => c.name)).toContain("Nigeria");
  });

  it("folds case, accents, apostrophes and dashes without moving offsets", () => {
    expect(foldCase("Sécurity Council’s COUNTER–TERRORISM")).toBe(
      "security council's counter-terrorism",
    );
    for (const text of ["Índia", "Nigéria", "France’s", "ÉTATS-UNIS", "naïve café"])
      expect(foldCase(text)).toHaveLength(text.length);
  });

  it("every partner and forum name and alias answers the same whatever its case and accents", async () => {
    const content = bundledContent();
    for (const entity of content.entities) {
      const kind = entity.kinds.includes("partner")
        ? "partners"
        : entity.kinds.includes("forum")
          ? "forums"
          : undefined;
      if (kind === undefined) continue;
      for (const name of [entity.name, ...entity.aliases]) {
        // IS, US: common words that only match as typed.
        if (isStopWord(name.toLowerCase())) continue;
        for (const variant of [name.toUpperCase(), accented(name), name.replaceAll("-", "–")]) {
          const reply = await bot.ask(`${kind} ${variant}`);
          expect(reply.title, `${kind} ${variant}`).toBe(
            `What the document says about ${entity.name}`,
          );
          expect(reply.intro.join(" "), `${kind} ${variant}`).not.toMatch(/you typed/u);
        }
        const typed = accented(name).slice(0, Math.max(3, Math.ceil(name.length / 2)));
        expect(
          // The value is what the option receives; the label may show the alias that matched.
          bot.complete(kind, typed).map((c) => c.value),
          `autocomplete ${typed}`,
        ).toContain(entity.name);
      }
    }
  });

  it("topics answer whatever the accents and case", async () => {
    for (const topic of bundledContent().topics) {
      const reply = await bot.ask(`topics ${accented(topic.title).toUpperCase()}`);
      expect(reply.title, topic.title).toBe(topic.title);
    }
  });
});
