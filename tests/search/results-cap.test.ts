/**
 * A text search lists its best `resultsMax` hits (search-options.ts) and says how many more
 * matched: paging then never ranks thousands of matches (issue 12, goal 3), and the reply is
 * honest about what it left out.
 */
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/commands/create-bot.js";
import { loadContent } from "../../src/content/load-content.js";
import { createSearchIndex } from "../../src/search/search-index.js";
import { SEARCH_OPTIONS } from "../../src/search/search-options.js";
import { emptyContentDir, writePack } from "../helpers/packs.js";

const total = SEARCH_OPTIONS.resultsMax + 50;
const dir = emptyContentDir();
writePack(dir, {
  id: "orchard-notes",
  title: "Orchard notes",
  date: "2024-01-01",
  dateLabel: "January 2024",
  passages: Array.from({ length: total }, (_, i) => ({
    id: `note-${i}`,
    section: "Notes",
    text: `Note ${i}: the orchard needs ${"water ".repeat(1 + (i % 7)).trim()} in row ${i}.`,
  })),
});
const content = loadContent([dir]);

describe("the results cap", () => {
  it("lists the best resultsMax hits, in the order a full ranking gives, and counts the rest", () => {
    const outcome = createSearchIndex(content).search("orchard water");
    expect(outcome.kind).toBe("text");
    if (!("list" in outcome)) return;
    expect(outcome.list.count).toBe(SEARCH_OPTIONS.resultsMax);
    expect(outcome.list.total).toBe(total);
    // The listed hits are the first of the whole ranking (hits ranks every match).
    const ranked = outcome.hits.map((h) => h.passage.id);
    const listed = outcome.list.slice(0, outcome.list.count).map((h) => h.passage.id);
    expect(listed).toEqual(ranked.slice(0, SEARCH_OPTIONS.resultsMax));
  });

  it("says how many passages matched beyond those listed, and pages through the listed ones", async () => {
    const bot = createBot({ content });
    const reply = await bot.ask("search orchard water");
    expect(reply.intro).toContain(
      `Showing the ${SEARCH_OPTIONS.resultsMax} best of ${total} passages that match: add words to narrow the search.`,
    );
    expect(reply.page?.count).toBe(Math.ceil(SEARCH_OPTIONS.resultsMax / 5));
  });
});
