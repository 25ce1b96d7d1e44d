/**
 * Re-importing a changed document into its pack: unchanged passages keep their ids, an
 * editor's aliases, topic titles and fact headlines survive, and the report says what was
 * added, changed and removed. A different document needs --force; --dry-run writes nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { loadContent } from "../../../src/content/load-content.js";
import { type Section, STORY, storyMarkdown } from "./documents.js";
import { cleanUp, documentFile, filesUnder, runImport, tempDir } from "./harness.js";

afterEach(cleanUp);

const TITLE = "Cooperation against trafficking networks";
const PACK = "cooperation-against-trafficking-networks";
const META = [
  "--publisher",
  "Example Ministry",
  "--date",
  "2024-02",
  "--rights",
  "© Example Ministry",
];

/** The story with one paragraph reworded, one list item dropped and one paragraph added. */
function revisedStory(): Section[] {
  const [regional, prevention] = STORY as [Section, Section];
  return [
    { ...regional, items: regional.items?.slice(0, 1) ?? [] },
    {
      ...prevention,
      paragraphs: [
        prevention.paragraphs[0] ?? "",
        (prevention.paragraphs[1] ?? "").replace("yearly", "annual"),
        "A second observatory will review the workshops in the northern provinces from next year.",
      ],
    },
  ];
}

function editYaml<T>(path: string, edit: (data: T) => void): void {
  const data = parse(readFileSync(path, "utf8")) as T;
  edit(data);
  writeFileSync(path, stringify(data));
}

type Entry = {
  id: string;
  aliases?: string[];
  title?: string;
  headline?: string;
  passage?: string;
};

describe("re-importing a changed document", () => {
  it("keeps the ids of unchanged passages and reports what was added, changed and removed", async () => {
    const out = tempDir();
    const first = await runImport([
      documentFile("story.md", storyMarkdown(TITLE)),
      "--out",
      out,
      ...META,
    ]);
    expect(first.code).toBe(0);
    const before = new Map(loadContent([out]).passages.map((p) => [p.text, p.id]));

    const second = await runImport([
      documentFile("story.md", storyMarkdown(TITLE, revisedStory())),
      "--out",
      out,
      ...META,
    ]);
    expect(second.err).toBe("");
    expect(second.code).toBe(0);
    expect(second.out).toContain("passages: 1 added, 1 changed, 1 removed");
    expect(second.out).toContain("added: prevention-programmes-3");
    expect(second.out).toContain("changed: prevention-programmes-2");
    expect(second.out).toContain("removed: regional-cooperation-4");

    const after = loadContent([out]).passages;
    for (const passage of after) {
      const old = before.get(passage.text);
      if (old !== undefined) expect(passage.id).toBe(old);
    }
    expect(after.map((p) => p.id)).toEqual([
      "regional-cooperation-1",
      "regional-cooperation-2",
      "regional-cooperation-3",
      "prevention-programmes-1",
      "prevention-programmes-2",
      "prevention-programmes-3",
    ]);
    expect(after.find((p) => p.id === "prevention-programmes-2")?.text).toContain("annual surveys");
  });

  it("keeps an editor's aliases, topic titles, fact headlines and reviewed facts", async () => {
    const out = tempDir();
    await runImport([documentFile("story.md", storyMarkdown(TITLE)), "--out", out, ...META]);
    const dir = join(out, PACK);
    editYaml<Entry[]>(join(dir, "entities.yaml"), (entities) => {
      entities.find((e) => e.id === "lsp")?.aliases?.push("Lakeshore Partnership");
    });
    editYaml<Entry[]>(join(dir, "topics.yaml"), (topics) => {
      const topic = topics.find((t) => t.id === "prevention-programmes");
      if (topic) topic.title = "Prevention work";
    });
    let edited = "";
    let reviewed = "";
    editYaml<Array<Entry & { generated?: boolean }>>(join(dir, "facts.yaml"), (facts) => {
      const [one, two] = facts;
      if (one) {
        one.headline = "Three countries, one partnership";
        edited = one.id;
      }
      if (two) {
        delete two.generated;
        two.headline = "Prosecutors compare notes";
        reviewed = two.id;
      }
    });

    const run = await runImport([
      documentFile("story.md", storyMarkdown(TITLE, revisedStory())),
      "--out",
      out,
      ...META,
    ]);
    expect(run.code).toBe(0);
    const content = loadContent([out]);
    expect(content.entityById.get("lsp")?.aliases).toContain("Lakeshore Partnership");
    expect(content.topicById.get("prevention-programmes")?.title).toBe("Prevention work");
    expect(content.topicById.get("prevention-programmes")?.passageIds).toContain(
      "prevention-programmes-3",
    );
    expect(content.factById.get(edited)?.headline).toBe("Three countries, one partnership");
    expect(content.factById.get(reviewed)?.headline).toBe("Prosecutors compare notes");
    const facts = parse(readFileSync(join(dir, "facts.yaml"), "utf8")) as Array<
      Entry & { generated?: boolean }
    >;
    expect(facts.find((f) => f.id === reviewed)?.generated).toBeUndefined();
  });

  it("refuses a document with another title unless --force, leaving the pack as it was", async () => {
    const out = tempDir();
    await runImport([documentFile("story.md", storyMarkdown(TITLE)), "--out", out, ...META]);
    const snapshot = () => filesUnder(out).map((f) => [f, readFileSync(join(out, f), "utf8")]);
    const before = snapshot();
    const other = documentFile("other.md", storyMarkdown("A different strategy"));

    const refused = await runImport([other, "--out", out, "--id", PACK, ...META]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^ct-bot: .*holds "Cooperation against trafficking networks", not "A different strategy"; use --force to replace it\n$/,
    );
    expect(snapshot()).toEqual(before);

    const forced = await runImport([other, "--out", out, "--id", PACK, "--force", ...META]);
    expect(forced.code).toBe(0);
    expect(loadContent([out]).sources[0]?.title).toBe("A different strategy");
  });

  it("writes nothing on --dry-run and prints the summary", async () => {
    const out = tempDir();
    const run = await runImport([
      documentFile("story.md", storyMarkdown(TITLE)),
      "--out",
      out,
      "--dry-run",
      ...META,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^dry run, nothing written: "Cooperation against trafficking networks" \(markdown\)/,
    );
    expect(run.out).toContain("6 passages, 2 topics");
    expect(filesUnder(out)).toEqual([]);
  });
});
