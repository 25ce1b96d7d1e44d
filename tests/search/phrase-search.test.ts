/**
 * A quoted phrase finds every passage that holds it, also where the index cannot tell from the
 * passage's words alone (issue 12: a phrase search passes over matches lacking one of the
 * phrase's own index terms before reading their text).
 */

import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load-content.js";
import { createSearchIndex } from "../../src/search/search-index.js";
import { emptyContentDir, writePack } from "../helpers/packs.js";

const dir = emptyContentDir();
writePack(dir, {
  id: "phrases",
  title: "Phrase fixture",
  date: "2020-01-01",
  dateLabel: "January 2020",
  passages: [
    // "İ" lower-cases to two characters: this passage's words are indexed unfolded ("qaïda").
    { id: "istanbul", section: "Cells", text: "Cells of al-Qaïda met in İstanbul in 2012." },
    { id: "dismantled", section: "Cells", text: "Other cells were dismantled in 2013." },
    {
      id: "related",
      section: "Measures",
      text: "The counter-terrorism-related measures were adopted by the assembly.",
    },
    { id: "other", section: "Measures", text: "Terrorism and its prevention were debated." },
  ],
});
const index = createSearchIndex(loadContent([dir]));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = (query: string) => {
  const outcome = index.search(query);
  return "hits" in outcome ? outcome.hits.map((hit) => hit.passage.id) : [];
};

describe("phrase search", () => {
  it("finds a phrase in a passage whose words the index holds unfolded", () => {
    expect(ids('"al-Qaida met"')).toEqual(["istanbul"]);
    expect(ids('"al-Qaïda met" cells')).toEqual(["istanbul"]);
  });

  it("finds a compound phrase inside a longer chain, whatever else the query holds", () => {
    expect(ids('"counter-terrorism"')).toEqual(["related"]);
    // "counterterrorism" typed as a word of its own: no passage has it, the chain still counts.
    expect(ids('"counter-terrorism" counterterrorism')).toEqual(["related"]);
  });
});
