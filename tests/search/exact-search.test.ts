/**
 * `=` searches exactly as typed: every passage it returns has the word typed, as a word of
 * its text or section heading (case and accents aside), never through a topic's alias, a name, a stem, a synonym
 * or a correction. A new user found `=money` answering with the "Terrorist financing" topic,
 * whose passages never say "money".
 */
import { describe, expect, it } from "vitest";
import { foldCase } from "../../src/content/fold-text.js";
import { createSearchIndex } from "../../src/search/search-index.js";
import { bundledContent } from "../helpers/content.js";

const index = createSearchIndex(bundledContent());

const hasWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${word}([^\\p{L}\\p{N}]|$)`, "u").test(foldCase(text));

describe("search =word", () => {
  it.each([
    "money",
    "finance",
    "financing",
    "GCTF",
    "terrorism",
    "France",
    "organisations",
    "organizations",
    "principles",
    "Daesh",
  ])("returns only passages whose text has the word itself: =%s", (word) => {
    const outcome = index.search(`=${word}`);
    const hits = "hits" in outcome ? outcome.hits : [];
    // The passage's text or its section heading (both are the source's words, both searched).
    const says = (p: { text: string; section: string }) =>
      hasWord(p.text, foldCase(word)) || hasWord(p.section, foldCase(word));
    expect(hits.filter((hit) => !says(hit.passage)).map((hit) => hit.passage.id)).toEqual([]);
    // Something is found whenever a passage's own text has the word (weak matches aside).
    if (bundledContent().passages.some((p) => hasWord(p.text, foldCase(word))))
      expect(hits.length).toBeGreaterThan(0);
  });

  it("still answers a topic's alias without =", () => {
    expect(index.search("money")).toMatchObject({ kind: "topic" });
    expect(index.search("=money")).toMatchObject({ kind: "none" });
  });
});
