/**
 * Content validation: the bundled pack is valid, and every rule catches what it is for,
 * naming the file and the entry.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultContentDir, packageRoot } from "../../src/content/content-dir.js";
import { foldWhitespace } from "../../src/content/fold-text.js";
import { loadContent } from "../../src/content/load-content.js";
import { ContentError, type ContentIssue } from "../../src/runtime/errors.js";

const PACK = "france-ct-2013";
const temporary: string[] = [];

/** A copy of the bundled content with one file rewritten by `edit`. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-content-"));
  temporary.push(dir);
  cpSync(defaultContentDir(), dir, { recursive: true });
  const path = join(dir, PACK, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

function issuesOf(dirs: string[]): ContentIssue[] {
  try {
    loadContent(dirs);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).code).toBe("content_invalid");
    return (error as ContentError).issues;
  }
  throw new Error("expected the content to be rejected");
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the bundled content pack", () => {
  const content = loadContent([defaultContentDir()]);

  it("loads with its source metadata", () => {
    const [source] = content.sources;
    expect(source?.publisher).toBe(
      "French Ministry of Foreign Affairs and International Development",
    );
    expect(source?.dateLabel).toBe("March 2013");
    expect(source?.rights).toContain("All rights reserved");
  });

  it("quotes every passage and fact verbatim from the source", () => {
    const text = foldWhitespace(content.sources[0]?.text ?? "");
    for (const passage of content.passages) expect(text).toContain(passage.text);
    for (const fact of content.facts) expect(text).toContain(fact.quote);
  });

  it("has each of the five principles as its own passage, and the Daesh teaser", () => {
    const principles = content.topicById.get("principles")?.passageIds ?? [];
    expect(principles).toHaveLength(5);
    // The page's trailing questions ("What is Daesh? …") are links to other pages, not quoted.
    const teaser = content.passageById.get("coalition-teaser");
    expect(teaser?.text).toMatch(/^To counter the advance of Daesh.*including military action\.$/u);
    expect(teaser?.text).not.toContain("What is Daesh?");
  });

  it("dates the Daesh teaser from its page (2014–2016), not from the 2013 text, and says why", () => {
    const teaser = content.passageById.get("coalition-teaser");
    expect(teaser?.dateLabel).toBe("2014–2016");
    expect(teaser?.dateNote).toContain("September 2014");
    expect(teaser?.dateNote).toContain("2016");
    // Passages without a date of their own have none: their document's date applies.
    expect(content.passageById.get("ct-commitment")?.dateLabel).toBeUndefined();
  });

  it("has the topics and entities the issue lists", () => {
    for (const id of [
      "principles",
      "partners",
      "forums",
      "coalition",
      "capacity-building",
      "g8-recommendations",
    ]) {
      expect(content.topicById.has(id), id).toBe(true);
    }
    for (const id of [
      "un",
      "eu",
      "g8",
      "gctf",
      "united-states",
      "russia",
      "eu-associate-countries",
      "mediterranean-countries",
      "nigeria",
      "pakistan",
      "india",
      "mauritania",
      "niger",
      "global-coalition",
      "un-security-council",
      "un-general-assembly",
      "regional-cooperation-forums",
      "daesh",
    ]) {
      expect(content.entityById.has(id), id).toBe(true);
    }
    expect(content.entityById.get("daesh")?.aliases).toEqual(
      expect.arrayContaining(["ISIS", "ISIL", "IS", "Islamic State"]),
    );
  });

  it("has at least 25 facts", () => {
    expect(content.facts.length).toBeGreaterThanOrEqual(25);
  });
});

describe("content validation", () => {
  it("rejects a fact quote altered by one word, naming the file, the fact and the word", () => {
    const dir = contentWith("facts.yaml", (t) =>
      t.replace("It unites 65 States and organizations", "It unites 66 States and organizations"),
    );
    expect(issuesOf([dir])).toEqual([
      {
        file: `${PACK}/facts.yaml`,
        entry: "coalition-65",
        message: expect.stringMatching(/not verbatim.*word 3 differs \("66 States/u),
      },
    ]);
  });

  it("rejects a passage's dateNote without the dateLabel it explains", () => {
    const dir = contentWith("passages.yaml", (t) => t.replace("  dateLabel: 2014–2016\n", ""));
    expect(issuesOf([dir])).toContainEqual({
      file: `${PACK}/passages.yaml`,
      entry: "coalition-teaser",
      message: expect.stringContaining("dateNote: dateNote explains a dateLabel"),
    });
  });

  it("cites a passage given its own dateLabel with that date, other passages with the document's", () => {
    const dir = contentWith("passages.yaml", (t) =>
      t.replace(
        "- id: ct-commitment\n  section: The principles of France’s counter-terrorism action\n",
        "- id: ct-commitment\n  section: The principles of France’s counter-terrorism action\n  dateLabel: 2099\n",
      ),
    );
    const edited = loadContent([dir]);
    expect(edited.passageById.get("ct-commitment")?.dateLabel).toBe("2099");
    expect(edited.passageById.get("ct-commitment")?.dateNote).toBeUndefined();
  });

  it("rejects a passage that is not in the source text", () => {
    const dir = contentWith("passages.yaml", (t) =>
      t.replace(
        "whoever the perpetrators and whatever their motives",
        "whoever the perpetrators and whatever their reasons",
      ),
    );
    const issues = issuesOf([dir]);
    expect(
      issues.some(
        (i) => i.file === `${PACK}/passages.yaml` && i.entry === "principle-condemn-terrorism",
      ),
    ).toBe(true);
  });

  it("accepts passages listed out of reading order, and still rejects one missing after them", () => {
    // The verbatim check reads the source once for passages in order; order is not a rule.
    const moved = contentWith("passages.yaml", (t) => {
      const entries = t.split(/\n(?=- id: )/u);
      const [head, ...rest] = entries;
      return [head, ...rest.reverse()].join("\n");
    });
    expect(loadContent([moved]).passages.length).toBeGreaterThan(10);
    const broken = contentWith("passages.yaml", (t) => {
      const entries = t.split(/\n(?=- id: )/u);
      const [head, ...rest] = entries;
      return [head, ...rest.reverse()]
        .join("\n")
        .replace("condemning terrorism in all its forms", "condemning terrorism in most forms");
    });
    expect(issuesOf([broken])).toContainEqual(
      expect.objectContaining({
        file: `${PACK}/passages.yaml`,
        entry: "principle-condemn-terrorism",
        message: expect.stringContaining("not verbatim"),
      }),
    );
  });

  it("reads a full date as text (YAML 1.2 core schema), and rejects a key given twice", () => {
    const dated = contentWith("source.yaml", (t) => t.replace("date: 2013-03", "date: 2013-03-15"));
    expect(loadContent([dated]).sources[0]?.date).toBe("2013-03-15");
    const twice = contentWith("source.yaml", (t) => `${t}\nlanguage: fr\n`);
    expect(issuesOf([twice])).toEqual([
      expect.objectContaining({
        file: `${PACK}/source.yaml`,
        message: expect.stringContaining("not valid YAML"),
      }),
    ]);
  });

  it("folds whitespace: a quote re-wrapped over several lines is still verbatim", () => {
    const dir = contentWith("facts.yaml", (t) =>
      t.replace(
        "quote: France is determined to fight terrorism in all its forms, whoever the perpetrators may be",
        "quote: >-\n    France is determined to fight terrorism\n    in all its   forms, whoever the perpetrators may be",
      ),
    );
    expect(loadContent([dir]).factById.get("fight-all-forms")?.quote).toBe(
      "France is determined to fight terrorism in all its forms, whoever the perpetrators may be",
    );
  });

  it("rejects a reference to a passage that does not exist", () => {
    const dir = contentWith("topics.yaml", (t) =>
      t.replace("    - principle-human-rights\n", "    - principle-human-rightz\n"),
    );
    expect(issuesOf([dir])).toContainEqual({
      file: `${PACK}/topics.yaml`,
      entry: "principles",
      message: 'unknown passage "principle-human-rightz"',
    });
  });

  it("rejects duplicate ids", () => {
    const dir = contentWith("facts.yaml", (t) =>
      t.replace("- id: g8-paris-1996", "- id: g8-driving-role"),
    );
    expect(issuesOf([dir])).toContainEqual(
      expect.objectContaining({
        file: `${PACK}/facts.yaml`,
        entry: "g8-driving-role",
        message: expect.stringContaining("duplicate fact id"),
      }),
    );
  });

  it("rejects an entry that breaks the schema, naming the field", () => {
    const dir = contentWith("entities.yaml", (t) =>
      t.replace(
        "kinds: [partner]\n  aliases: []\n  passages: [eu-cooperation]\n\n- id: pakistan",
        "kinds: [ally]\n  aliases: []\n  passages: [eu-cooperation]\n\n- id: pakistan",
      ),
    );
    expect(issuesOf([dir])).toContainEqual(
      expect.objectContaining({
        file: `${PACK}/entities.yaml`,
        entry: "nigeria",
        message: expect.stringContaining("kinds.0"),
      }),
    );
  });

  it("rejects an entity listed for a passage that never names it", () => {
    const dir = contentWith("entities.yaml", (t) =>
      t.replace(
        "- id: india\n  name: India\n  kinds: [partner]\n  aliases: []\n  passages: [eu-cooperation]",
        "- id: india\n  name: India\n  kinds: [partner]\n  aliases: []\n  passages: [gctf]",
      ),
    );
    expect(issuesOf([dir])).toContainEqual(
      expect.objectContaining({
        entry: "india",
        message: expect.stringContaining('passage "gctf" mentions none of its names'),
      }),
    );
  });

  it("rejects an alias claimed by two entities", () => {
    const dir = contentWith("entities.yaml", (t) =>
      t.replace("aliases: [Russian Federation]", "aliases: [Russian Federation, UN]"),
    );
    expect(issuesOf([dir])).toContainEqual(
      expect.objectContaining({ entry: "russia", message: 'alias "UN" also names "un"' }),
    );
  });

  it("rejects a concept that no passage says, and a concept of an unknown kind", () => {
    const dir = contentWith(
      "concepts.yaml",
      (t) =>
        `${t}\n- id: made-up\n  kind: concept\n  names: [made up]\n  means: [words the text never uses]\n` +
        "- id: odd\n  kind: continent\n  names: [odd]\n  places: [Sahel]\n",
    );
    const issues = issuesOf([dir]);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: `${PACK}/concepts.yaml`, entry: "odd" }),
    );
  });

  it("rejects a concept whose phrases no passage says", () => {
    const dir = contentWith(
      "concepts.yaml",
      (t) =>
        `${t}\n- id: made-up\n  kind: concept\n  names: [made up]\n  means: [words the text never uses]\n`,
    );
    expect(issuesOf([dir])).toContainEqual(
      expect.objectContaining({
        file: `${PACK}/concepts.yaml`,
        entry: "made-up",
        message: expect.stringContaining("would find nothing"),
      }),
    );
  });

  it("resolves nested regions: Africa reaches the Sahel's countries through West Africa", () => {
    const content = loadContent([defaultContentDir()]);
    const africa = content.concepts.find((c) => c.id === "africa");
    expect(africa?.phrases).toEqual(expect.arrayContaining(["Mauritania", "Niger", "Sahel"]));
  });

  it("rejects an entity `about` passage that is not one of its passages", () => {
    const dir = contentWith("entities.yaml", (t) =>
      t.replace(
        "  passages: [ct-commitment, gctf]",
        "  passages: [ct-commitment, gctf]\n  about: [un-legal-norm]",
      ),
    );
    expect(issuesOf([dir])).toContainEqual(
      expect.objectContaining({ entry: "gctf", message: expect.stringContaining("about lists") }),
    );
  });

  it("reports invalid YAML with the file name", () => {
    const dir = contentWith("topics.yaml", (t) => `${t}\n- id: [broken\n`);
    expect(issuesOf([dir])).toEqual([
      expect.objectContaining({
        file: `${PACK}/topics.yaml`,
        message: expect.stringContaining("not valid YAML"),
      }),
    ]);
  });

  it("adds a second source from files alone, merging a shared entity", () => {
    const content = loadContent([
      defaultContentDir(),
      join(packageRoot(), "tests/fixtures/content"),
    ]);
    expect(content.sources.map((s) => s.id)).toEqual(["fr-mfa-ct-2013", "un-fixture-2006"]);
    expect(content.passageById.get("fixture-four-pillars")?.sourceId).toBe("un-fixture-2006");
    expect(content.entityById.get("un")?.passageIds).toContain("fixture-strategy-adopted");
    expect(content.entityById.get("un")?.passageIds).toContain("un-legal-norm");
    expect(content.factById.get("fixture-pillars")?.passageId).toBe("fixture-four-pillars");
  });
});

describe("a content folder given as one pack", () => {
  it("says to give the folder that holds the packs, naming it", () => {
    const pack = join(defaultContentDir(), PACK);
    expect(issuesOf([pack])).toEqual([
      {
        file: pack,
        message: `this is one pack: give the folder that holds packs, ${defaultContentDir()}`,
      },
    ]);
  });
});
