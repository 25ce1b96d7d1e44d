/**
 * `content import` on each format, with documents the tests generate: the pack passes the
 * content check, its passages are the paragraphs and list items under their headings, the
 * metadata comes from the document where it says it, and the bot searches and cites it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadContent } from "../../../src/content/load-content.js";
import { STORY, storyDocx, storyHtml, storyMarkdown, storyPdf, storyText } from "./documents.js";
import { botOver, cleanUp, documentFile, runImport, tempDir } from "./harness.js";

afterEach(cleanUp);

const TITLE = "Cooperation against trafficking networks";
const RIGHTS = "© Example Ministry 2024";

interface Case {
  format: string;
  file: () => Promise<string>;
  args: string[];
  expected: { title: string; publisher: string; date: string; dateLabel: string };
}

const cases: Case[] = [
  {
    format: "text",
    file: async () => documentFile("story.txt", storyText()),
    args: [
      "--title",
      TITLE,
      "--publisher",
      "Example Ministry",
      "--date",
      "2024-02",
      "--rights",
      RIGHTS,
    ],
    expected: {
      title: TITLE,
      publisher: "Example Ministry",
      date: "2024-02",
      dateLabel: "February 2024",
    },
  },
  {
    format: "markdown",
    file: async () => documentFile("story.md", storyMarkdown(TITLE)),
    args: ["--publisher", "Example Ministry", "--date", "2024", "--rights", RIGHTS],
    expected: { title: TITLE, publisher: "Example Ministry", date: "2024", dateLabel: "2024" },
  },
  {
    format: "html",
    file: async () =>
      documentFile(
        "page.html",
        storyHtml({
          title: TITLE,
          publisher: "Example Ministry",
          date: "2024-03-05",
          rights: RIGHTS,
        }),
      ),
    args: [],
    expected: {
      title: TITLE,
      publisher: "Example Ministry",
      date: "2024-03-05",
      dateLabel: "5 March 2024",
    },
  },
  {
    format: "pdf",
    file: async () =>
      documentFile(
        "report.pdf",
        await storyPdf({
          title: TITLE,
          author: "Example Agency",
          created: new Date("2023-11-20T10:00:00Z"),
        }),
      ),
    args: ["--rights", RIGHTS],
    expected: {
      title: TITLE,
      publisher: "Example Agency",
      date: "2023-11-20",
      dateLabel: "20 November 2023",
    },
  },
  {
    format: "docx",
    file: async () =>
      documentFile(
        "note.docx",
        storyDocx({
          title: TITLE,
          creator: "A. Writer",
          created: "2022-06-01T08:00:00Z",
          company: "Example Office",
        }),
      ),
    args: ["--rights", RIGHTS],
    expected: {
      title: TITLE,
      publisher: "Example Office",
      date: "2022-06-01",
      dateLabel: "1 June 2022",
    },
  },
];

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

describe.each(cases)(
  "importing a generated $format document",
  ({ format, file, args, expected }) => {
    it("writes a pack that passes the content check, with the document's metadata", async () => {
      const out = tempDir();
      const run = await runImport([await file(), "--out", out, ...args]);
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(run.out).toContain(`(${format})`);
      const content = loadContent([out]);
      expect(content.sources).toHaveLength(1);
      const source = content.sources[0];
      expect(source).toMatchObject({
        ...expected,
        rights: RIGHTS,
        id: "cooperation-against-trafficking-networks",
      });
      if (format === "html") expect(source?.url).toBe("https://example.org/cooperation");
    });

    it("cuts one passage per paragraph and list item, under its heading, and nothing else", async () => {
      const out = tempDir();
      expect((await runImport([await file(), "--out", out, ...args])).code).toBe(0);
      const { passages } = loadContent([out]);
      const expectedPassages = STORY.flatMap((s) =>
        [...s.paragraphs, ...(s.items ?? [])].map((text) => ({ section: s.heading, text })),
      );
      expect(passages.map((p) => ({ section: p.section, text: p.text }))).toEqual(expectedPassages);
      // Ids are readable and stable: section slug + number.
      expect(passages[0]?.id).toBe("regional-cooperation-1");
      expect(passages.at(-1)?.id).toBe("prevention-programmes-2");
    });

    it("makes topics per top-level section, entities from known packs, countries and acronyms, and generated facts", async () => {
      const out = tempDir();
      expect((await runImport([await file(), "--out", out, ...args])).code).toBe(0);
      const content = loadContent([out]);
      expect(content.topics.map((t) => [t.id, t.passageIds.length])).toEqual([
        ["regional-cooperation", 4],
        ["prevention-programmes", 2],
      ]);
      const entity = (id: string) => content.entityById.get(id);
      // Introduced with an acronym: the acronym is an alias.
      expect(entity("lsp")).toMatchObject({
        name: "Lakeshore Security Partnership",
        aliases: ["LSP"],
      });
      // Countries by English name, French name (Tchad) and demonym (Nigerian, Malian).
      expect(entity("chad")?.passageIds).toEqual(["regional-cooperation-1"]);
      expect(entity("nigeria")?.passageIds).toEqual(["regional-cooperation-2"]);
      expect(entity("mali")?.passageIds).toEqual([
        "regional-cooperation-1",
        "regional-cooperation-2",
      ]);
      // A forum the bundled pack already knows keeps its id and kinds, so packs merge.
      expect(entity("eu")).toMatchObject({ name: "European Union", kinds: ["partner", "forum"] });
      const facts = parse(
        readFileSync(join(out, content.sources[0]?.id ?? "", "facts.yaml"), "utf8"),
      ) as Array<{
        headline: string;
        generated?: boolean;
        quote: string;
      }>;
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(fact.generated).toBe(true);
        expect(["Regional cooperation", "Prevention programmes"]).toContain(fact.headline);
      }
    });

    it("is searched and cited by the bot", async () => {
      const out = tempDir();
      expect((await runImport([await file(), "--out", out, ...args])).code).toBe(0);
      const bot = botOver(out);
      const reply = await bot.ask("search mediators");
      const item = reply.items[0];
      expect(fold(item?.text ?? "")).toBe(STORY[1]?.paragraphs[0]);
      expect(item?.citation).toMatchObject({
        sourceId: "cooperation-against-trafficking-networks",
        title: expected.title,
        publisher: expected.publisher,
        section: "Prevention programmes",
        date: expected.dateLabel,
        passageId: "prevention-programmes-1",
      });
      const partner = await bot.ask("partners LSP");
      expect(partner.items[0]?.passageId).toBe("regional-cooperation-1");
    });
  },
);

describe("a saved web page", () => {
  it("leaves out its navigation, sidebar and footer", async () => {
    const out = tempDir();
    const page = storyHtml({
      title: TITLE,
      publisher: "Example Ministry",
      date: "2024-03-05",
      rights: RIGHTS,
    });
    expect((await runImport([documentFile("page.htm", page), "--out", out])).code).toBe(0);
    const text = readFileSync(
      join(out, "cooperation-against-trafficking-networks", "source.txt"),
      "utf8",
    );
    for (const chrome of ["Contact us", "newsletter", "Cookies"])
      expect(text).not.toContain(chrome);
  });

  it("is recognised by its content whatever its file name", async () => {
    const out = tempDir();
    const page = storyHtml({
      title: TITLE,
      publisher: "Example Ministry",
      date: "2024-03-05",
      rights: RIGHTS,
    });
    const run = await runImport([documentFile("download", page), "--out", out]);
    expect(run.out).toContain("(html)");
  });
});

describe("a paragraph longer than the passage limit", () => {
  it("is split at sentence ends into passages of at most 1,000 characters", async () => {
    const sentence = (n: number) =>
      `Sentence ${n} reports that the partnership trained another group of border guards in the region this year.`;
    const paragraph = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join(" ");
    const out = tempDir();
    const run = await runImport([
      documentFile("long.txt", `Long report\n\n${paragraph}\n`),
      "--out",
      out,
      "--title",
      "Long report",
      "--publisher",
      "P",
      "--date",
      "2024",
      "--rights",
      "R",
    ]);
    expect(run.code).toBe(0);
    const { passages } = loadContent([out]);
    expect(passages.length).toBeGreaterThan(2);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(1000);
      expect(passage.text).toMatch(/^Sentence \d+ .*this year\.$/);
    }
    expect(passages.map((p) => p.text).join(" ")).toBe(paragraph);
  });
});
