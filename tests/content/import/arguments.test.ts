/**
 * `content import` arguments as a new user typed them: a path that is not a document says
 * what is wrong with it, every missing or bad option is named in one message, every unknown
 * option at once, and the summary says which values the document itself gave (HTML author,
 * a text's title line), counts agreeing in number.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.js";
import { storyText } from "./documents.js";
import { cleanUp, documentFile, filesUnder, runImport, tempDir } from "./harness.js";

afterEach(cleanUp);

/** Runs an import expected to be refused with exit code 1; returns its one error line. */
async function refused(args: string[]): Promise<string> {
  const out = tempDir();
  const run = await runImport([...args, "--out", out]);
  expect(run.code).toBe(1);
  expect(run.out).toBe("");
  expect(run.err).toMatch(/^ct-bot: [^\n]+\n$/u);
  expect(filesUnder(out)).toEqual([]);
  return run.err;
}

describe("a path that is not a document", () => {
  it("says a directory is a directory, not that it does not exist", async () => {
    const dir = tempDir("ct-docs-");
    const err = await refused([dir]);
    expect(err).toBe(
      `ct-bot: ${dir} is a directory: name one document in it (.txt, .md, .html, .pdf or .docx)\n`,
    );
  });

  it("says a pipe or device is not a regular file", async () => {
    const fifo = join(tempDir(), "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    expect(await refused([fifo])).toBe(`ct-bot: ${fifo} is not a regular file: name a document\n`);
  });

  it("says a missing file is missing, and a path through a file too", async () => {
    const missing = join(tempDir(), "none.txt");
    expect(await refused([missing])).toBe(`ct-bot: ${missing}: no such file\n`);
    const file = documentFile("story.txt", storyText());
    expect(await refused([join(file, "x.txt")])).toContain("no such file");
  });
});

describe("every option problem in one message", () => {
  const text = () => documentFile("story.txt", storyText());

  it("names every missing required option at once", async () => {
    expect(await refused([text()])).toBe(
      "ct-bot: missing --title (the document has no title), --publisher (the document does not say who published it), --date (the document has no date), --rights (the document has no rights notice)\n",
    );
  });

  it("names bad values and missing options together", async () => {
    const err = await refused([text(), "--date", "March 2013", "--url", "nope", "--title", "T"]);
    expect(err).toBe(
      'ct-bot: bad --date "March 2013": use YYYY, YYYY-MM or YYYY-MM-DD; bad --url "nope": use an http:// or https:// address; missing --publisher (the document does not say who published it), --rights (the document has no rights notice)\n',
    );
  });

  it("names a bad --id with the missing options", async () => {
    const err = await refused([text(), "--id", "Bad Id", "--title", "T", "--publisher", "P"]);
    expect(err).toContain('bad --id "Bad Id"');
    expect(err).toContain("missing --date (the document has no date), --rights");
  });

  it("names every unknown option and option without value, with the usage, exit 2", async () => {
    const run = await runImport(["doc.txt", "--colour", "--size=3", "--dry-run=yes", "--title"]);
    expect(run.code).toBe(2);
    expect(run.err.split("\n")[0]).toBe(
      "ct-bot: unknown option --colour; unknown option --size; --dry-run takes no value; --title needs a value",
    );
    expect(run.err).toContain("Usage: ct-bot content import <file>");
  });

  it("says a file is needed, or only one", async () => {
    expect((await runImport([])).err.split("\n")[0]).toBe("ct-bot: content import needs a file");
    expect((await runImport(["a.txt", "b.txt"])).err.split("\n")[0]).toBe(
      "ct-bot: content import takes one file, not 2",
    );
  });
});

describe("values from the document itself", () => {
  const page = (head: string) =>
    `<!doctype html><html lang="en"><head><title>Trafficking routes</title>${head}</head><body><main><article><h1>Trafficking routes</h1><h2>Routes</h2><p>Police services from the lake countries share information on trafficking routes every month.</p><p>Prosecutors compare cases of terrorist financing twice a year in a joint meeting.</p></article></main></body></html>`;

  it("takes the publisher from <meta name=author>, and says so in the summary", async () => {
    const out = tempDir();
    const file = documentFile("page.html", page('<meta name="author" content="Example Office">'));
    const run = await runImport([file, "--out", out, "--date", "2024", "--rights", "R"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(loadContent([out]).sources[0]?.publisher).toBe("Example Office");
    expect(run.out).toContain(
      "  from the document itself: title, publisher, and language (an option overrides each)\n",
    );
  });

  it("lets --publisher override the author", async () => {
    const out = tempDir();
    const file = documentFile("page.html", page('<meta name="author" content="Example Office">'));
    const args = [file, "--out", out, "--publisher", "P", "--date", "2024", "--rights", "R"];
    const run = await runImport(args);
    expect(loadContent([out]).sources[0]?.publisher).toBe("P");
    expect(run.out).toContain("from the document itself: title and language (");
  });

  it("prefers a named publisher to the author", async () => {
    const out = tempDir();
    const head =
      '<meta name="author" content="A. Writer"><meta property="og:site_name" content="Example Ministry">';
    await runImport([
      documentFile("p.html", page(head)),
      "--out",
      out,
      "--date",
      "2024",
      "--rights",
      "R",
    ]);
    expect(loadContent([out]).sources[0]?.publisher).toBe("Example Ministry");
  });

  it("takes a text's title from a first line above the first heading", async () => {
    const out = tempDir();
    const file = documentFile("story.txt", `A plan against trafficking\n\n${storyText()}`);
    const run = await runImport([
      file,
      "--out",
      out,
      "--publisher",
      "P",
      "--date",
      "2024",
      "--rights",
      "R",
    ]);
    expect(run.err).toBe("");
    const { sources, passages } = loadContent([out]);
    expect(sources[0]?.title).toBe("A plan against trafficking");
    // The title line is the title, not a passage.
    expect(passages.map((p) => p.text)).not.toContain("A plan against trafficking");
    expect(passages[0]?.section).toBe("Regional cooperation");
    expect(run.out).toContain("from the document itself: title (an option overrides each)");
    expect(run.out).toMatch(/^ {2}\d+ passages, \d+ topics, \d+ entit(y|ies), \d+ facts?$/mu);
  });

  it("writes the counts in the singular for one", async () => {
    const out = tempDir();
    const file = documentFile(
      "one.txt",
      "One plan\n\nThe only heading\n\nPolice services from the lake countries share information on routes.",
    );
    const run = await runImport([
      file,
      "--out",
      out,
      "--publisher",
      "P",
      "--date",
      "2024",
      "--rights",
      "R",
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ {2}1 passage, 1 topic, \d+ entit(y|ies), \d+ facts?$/mu);
    expect(run.out).not.toContain("(s)");
  });

  it("still asks for --title when a text starts with a section heading", async () => {
    const file = documentFile("story.txt", storyText());
    expect(await refused([file, "--publisher", "P", "--date", "2024", "--rights", "R"])).toBe(
      "ct-bot: missing --title (the document has no title)\n",
    );
  });
});
