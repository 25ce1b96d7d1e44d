/**
 * Every kind of input the importer refuses gets one line on stderr naming the problem (or
 * the option to give), a non-zero exit code, and nothing written.
 */
import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { IMPORT_FILE_MAX_BYTES } from "../../../src/content/import/extract-document.js";
import { loadContent } from "../../../src/content/load-content.js";
import { encryptedPdf, plainZip, scannedPdf, storyDocx, storyText } from "./documents.js";
import { cleanUp, documentFile, filesUnder, runImport, tempDir } from "./harness.js";

afterEach(cleanUp);

const META = ["--title", "T", "--publisher", "P", "--date", "2024", "--rights", "R"];

/** Runs an import expected to be refused; returns its one error line. */
async function refused(file: string, args: string[] = META): Promise<string> {
  const out = tempDir();
  const run = await runImport([file, "--out", out, ...args]);
  expect(run.code).toBe(1);
  expect(run.out).toBe("");
  expect(run.err).toMatch(/^ct-bot: [^\n]+\n$/);
  expect(filesUnder(out)).toEqual([]);
  return run.err;
}

describe("refused documents", () => {
  it("a document over 50 MB, before reading it", async () => {
    const path = documentFile("huge.txt", "");
    truncateSync(path, IMPORT_FILE_MAX_BYTES + 1);
    expect(await refused(path)).toContain("huge.txt is 50.0 MB; the limit is 50 MB");
  });

  it("a PDF with no text layer (a scan)", async () => {
    expect(await refused(documentFile("scan.pdf", await scannedPdf()))).toContain(
      "has no text layer",
    );
  });

  it("an encrypted PDF", async () => {
    expect(await refused(documentFile("secret.pdf", encryptedPdf()))).toContain(
      "is an encrypted PDF",
    );
  });

  it("a .docx that is not a zip", async () => {
    expect(await refused(documentFile("fake.docx", "plain words, not a zip"))).toContain(
      "fake.docx is not a Word document (not a zip)",
    );
  });

  it("a zip that is not a Word document, whatever its name", async () => {
    expect(await refused(documentFile("archive.docx", plainZip()))).toContain(
      "not a Word document (no word/document.xml)",
    );
  });

  it("an HTML page with no main text", async () => {
    const page = `<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav><footer></footer></body></html>`;
    expect(await refused(documentFile("empty.html", page))).toContain(
      "empty.html has no main text to import",
    );
  });

  it("a file in an unknown format, whatever its extension", async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await refused(documentFile("image.txt", png))).toContain("is in an unknown format");
    expect(await refused(documentFile("image.pdf", png))).toContain("is not a PDF");
  });

  it("a text with nothing to cite", async () => {
    expect(await refused(documentFile("short.txt", "Menu\n\nHome"))).toContain(
      "has no paragraph of text to cite",
    );
  });

  it("a file that does not exist", async () => {
    expect(await refused(join(tempDir(), "missing.txt"))).toContain("no such file");
  });
});

describe("missing and bad options", () => {
  const text = () => documentFile("story.txt", storyText());

  it.each([
    [
      "title",
      ["--publisher", "P", "--date", "2024", "--rights", "R"],
      "missing --title (the document has no title)",
    ],
    [
      "publisher",
      ["--title", "T", "--date", "2024", "--rights", "R"],
      "missing --publisher (the document does not say who published it)",
    ],
    [
      "date",
      ["--title", "T", "--publisher", "P", "--rights", "R"],
      "missing --date (the document has no date)",
    ],
    [
      "rights",
      ["--title", "T", "--publisher", "P", "--date", "2024"],
      "missing --rights (the document has no rights notice)",
    ],
  ])(
    "names --%s when neither the option nor the document gives it",
    async (_field, args, message) => {
      expect(await refused(text(), args)).toBe(`ct-bot: ${message}\n`);
    },
  );

  it("names a DOCX's missing rights though its core properties give the rest", async () => {
    const docx = storyDocx({ title: "T", creator: "C", created: "2024-01-01T00:00:00Z" });
    expect(await refused(documentFile("n.docx", docx), [])).toBe(
      "ct-bot: missing --rights (the document has no rights notice)\n",
    );
  });

  it.each([
    [["--date", "March 2013"], 'bad --date "March 2013"'],
    [["--date", "2013-02-30"], 'bad --date "2013-02-30"'],
    [["--url", "not a url"], 'bad --url "not a url"'],
    [["--id", "Not An Id"], 'bad --id "Not An Id"'],
  ])("refuses %j", async (args, message) => {
    expect(await refused(text(), [...META, ...args])).toContain(message);
  });

  it("answers unknown options and a missing file with the usage, exit code 2", async () => {
    for (const args of [["--colour", "red", "x.txt"], [], ["a.txt", "b.txt"]]) {
      const run = await runImport(args);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^ct-bot: [^\n]+\nUsage: ct-bot content import <file>/);
    }
  });
});

/** Text made of the pieces the importer looks for: words, names, acronyms, bullets, breaks. */
const documentLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "France",
        "works",
        "with",
        "the",
        "Mali",
        "Tchad",
        "Nigerian",
        "European Union",
        "(GCTF)",
        "Global Counter-Terrorism Forum",
        "(",
        ")",
        ".",
        ";",
        ":",
        "\n",
        "\n\n",
        "• ",
        "- ",
        "1. ",
        "Heading line",
        "    ",
        "’",
        "é",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 600 },
  )
  .map((pieces) => pieces.join(" "));

describe("any plain text", () => {
  it("either imports into a valid pack or is refused in one line, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: "grapheme", maxLength: 3000 }), documentLike),
        async (text) => {
          const out = tempDir();
          const file = join(tempDir(), "any.txt");
          writeFileSync(file, text);
          const run = await runImport([file, "--out", out, ...META]);
          if (run.code === 0) expect(() => loadContent([out])).not.toThrow();
          else {
            expect(run.code).toBe(1);
            expect(run.err).toMatch(/^ct-bot: [^\n]+\n$/);
            expect(filesUnder(out)).toEqual([]);
          }
          cleanUp();
        },
      ),
      { numRuns: 40 },
    );
  });
});
