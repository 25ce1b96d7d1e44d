/**
 * A saved web page glues its navigation menu to the teaser paragraph above it ("… including
 * military action. What is Daesh? What threat does it pose? … (...)"). Two or more short
 * trailing questions or cut-off teasers are menu text: the passage stops before them, and what
 * is left is still verbatim.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.js";
import { cleanUp, documentFile, runImport, tempDir } from "./harness.js";

afterAll(cleanUp);

const BODY =
  "A coalition of partners was formed in the spring to counter the group. It unites many States and organizations with the goal of ending its capacities.";

async function passagesOf(text: string): Promise<string[]> {
  const out = tempDir();
  const file = documentFile(
    "teaser.txt",
    `# Action\n\n${text}\n\nAnother paragraph follows here with enough words to be one.\n`,
  );
  const run = await runImport([
    file,
    "--out",
    out,
    "--id",
    "menu",
    "--title",
    "Menu test",
    "--publisher",
    "P",
    "--date",
    "2020",
    "--rights",
    "R",
  ]);
  expect(run.err).toBe("");
  return loadContent([out]).passages.map((p) => p.text);
}

describe("menu lines after a teaser", () => {
  it("cuts two or more trailing menu questions off the passage", async () => {
    const passages = await passagesOf(
      `${BODY} What is the group? What threat does it pose? What are the objectives of the coalition (...)`,
    );
    expect(passages).toContain(BODY);
    expect(passages.join(" ")).not.toContain("What threat does it pose?");
  });

  it("keeps a paragraph that ends with one real question", async () => {
    const text = `${BODY} Who decides what counts as a partner?`;
    expect(await passagesOf(text)).toContain(text);
  });

  it("keeps a paragraph made only of questions", async () => {
    const text = "What is the group? What threat does it pose? What is being done?";
    expect(await passagesOf(text)).toContain(text);
  });
});
