/**
 * Importing the seed document's raw text reproduces the hand-cut pack's passage boundaries
 * (content/france-ct-2013) for 12 of its 14 passages.
 */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultContentDir } from "../../../src/content/content-dir.js";
import { loadContent } from "../../../src/content/load-content.js";
import { cleanUp, runImport, tempDir } from "./harness.js";

afterEach(cleanUp);

/**
 * The one real document tests may use: the seed behind the bundled pack. The pack's source.txt
 * is that document byte for byte, so a clone anywhere has it (it used to be read from a shared/
 * folder beside the repository, which a fresh clone elsewhere does not have).
 */
const SEED = join(defaultContentDir(), "france-ct-2013", "source.txt");

describe("importing the seed document's raw text", () => {
  it("matches the hand-cut boundaries of 12 of the 14 passages", async () => {
    const out = tempDir();
    const run = await runImport([
      SEED,
      "--out",
      out,
      "--title",
      "The principles of France’s counter-terrorism action",
      "--publisher",
      "French Ministry of Foreign Affairs and International Development",
      "--date",
      "2013-03",
      "--rights",
      "All rights reserved - French Ministry of Foreign Affairs and International Development - 2016",
    ]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const imported = loadContent([out]).passages;
    const handCut = loadContent([defaultContentDir()]).passages;
    const importedTexts = new Set(imported.map((p) => p.text));
    const differ = handCut.filter((p) => !importedTexts.has(p.text)).map((p) => p.id);
    expect(handCut).toHaveLength(14);
    // The two that differ: the source prints them as ONE paragraph ("Technical assistance …
    // For example, France is contributing …"); the editor cut it in two at "For example",
    // a cut by meaning that no paragraph or length rule reproduces (it is 604 characters,
    // under the 1,000-character passage limit, so it is not split at sentences either).
    expect(differ).toEqual(["technical-assistance", "sahel-capacity-building"]);
    const joined = handCut
      .filter((p) => differ.includes(p.id))
      .map((p) => p.text)
      .join(" ");
    expect(importedTexts.has(joined)).toBe(true);
  });

  it("takes its sections from the headings, bullets off the five principles", async () => {
    const out = tempDir();
    await runImport([
      SEED,
      "--out",
      out,
      "--id",
      "seed",
      "--title",
      "Seed",
      "--publisher",
      "P",
      "--date",
      "2013",
      "--rights",
      "R",
    ]);
    const { passages, topics } = loadContent([out]);
    expect(topics.map((t) => t.title)).toEqual([
      "France’s action",
      "The principles of France’s counter-terrorism action",
      "The global threat which terrorism represents requires a global response and global cooperation",
    ]);
    const principles = passages.filter(
      (p) => p.section === "The principles of France’s counter-terrorism action",
    );
    expect(principles.map((p) => p.text.slice(0, 12))).toEqual([
      "France is de",
      "Counter-terr",
      "condemning t",
      "working at t",
      "emphasising ",
      "taking an ap",
      "avoiding any",
    ]);
  });
});
