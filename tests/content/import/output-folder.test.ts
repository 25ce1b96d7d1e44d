/**
 * `--out` as people get it wrong: a file, a folder under /proc (where Node's recursive mkdir
 * never returns), a folder that does not exist yet. One clear line and exit 1, or the folders
 * made; never a hang, never a raw ENOTDIR.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { storyText } from "./documents.js";
import { cleanUp, documentFile, runImport, tempDir } from "./harness.js";

afterEach(cleanUp);

const META = ["--title", "T", "--publisher", "P", "--date", "2024", "--rights", "R"];

describe("content import --out", () => {
  it("refuses a file given as the output folder, in one line", async () => {
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "x");
    const run = await runImport([documentFile("a.txt", storyText()), "--out", file, ...META]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^ct-bot: --out .*: .* is a file, not a folder; [^\n]+\n$/u);
  });

  it.runIf(process.platform === "linux")(
    "refuses a folder it cannot create (under /proc) instead of hanging",
    async () => {
      const run = await runImport([
        documentFile("a.txt", storyText()),
        "--out",
        "/proc/ct-bot-forbidden/packs",
        ...META,
      ]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        /^ct-bot: cannot create the folder \/proc\/ct-bot-forbidden [^\n]+\n$/u,
      );
    },
  );

  it("creates an output folder that does not exist yet, parents included", async () => {
    const out = join(tempDir(), "new", "packs");
    const run = await runImport([documentFile("a.txt", storyText()), "--out", out, ...META]);
    expect(run.code).toBe(0);
    expect(existsSync(join(out, "t", "source.yaml"))).toBe(true);
  });
});
