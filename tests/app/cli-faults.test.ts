/**
 * What a new user met on the command line, each as the kind of fault it was: `content check`
 * checks what the bot would load, an explicit empty `ask` argument is the text to answer,
 * failures are one `ct-bot: …` line (never a JSON log line or a stack trace), and counts agree
 * in number.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { foldersToCheck } from "../../app/content-check.js";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { runCli } from "../helpers/run-cli.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content folder with one pack whose source.yaml has only an id. */
function brokenContent(): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-broken-"));
  made.push(dir);
  mkdirSync(join(dir, "pack"));
  writeFileSync(join(dir, "pack", "source.yaml"), "id: pack\n");
  return dir;
}

/** A copy of the bundled content. */
function goodContent(): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-good-"));
  made.push(dir);
  cpSync(defaultContentDir(), dir, { recursive: true });
  return dir;
}

describe("content check checks what the bot would load", () => {
  it("reads CONTENT_DIR like the bot: the broken folder fails, naming it", async () => {
    const broken = brokenContent();
    const run = await runCli(["content", "check"], { env: { CONTENT_DIR: broken } });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toMatch(
      new RegExp(`^content check failed: \\d+ problems in ${broken}$`, "u"),
    );
    const ask = await runCli(["ask", "principles"], { env: { CONTENT_DIR: broken } });
    expect(ask.code).toBe(1);
    expect(ask.stderr).toContain("the content is invalid (run ct-bot content check)");
  });

  it("checks every comma-separated CONTENT_DIR folder and names them", async () => {
    const good = goodContent();
    const run = await runCli(["content", "check"], { env: { CONTENT_DIR: ` ${good} ` } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^content ok: 1 source, .*\\(${good}\\)\\n$`, "u"));
  });

  it("lets --dir override CONTENT_DIR", async () => {
    const run = await runCli(["content", "check", "--dir", defaultContentDir()], {
      env: { CONTENT_DIR: brokenContent() },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(${defaultContentDir()})`);
  });

  it("picks --dir, else CONTENT_DIR's folders (parsed as the config does), else content/", () => {
    expect(foldersToCheck(["a"], "/x,/y")).toEqual(["a"]);
    expect(foldersToCheck([], "/x, /y")).toEqual(["/x", "/y"]);
    expect(foldersToCheck(undefined, "  ")).toEqual([defaultContentDir()]);
    expect(foldersToCheck(undefined, undefined)).toEqual([defaultContentDir()]);
  });
});

describe("ask with an explicit argument", () => {
  it.each([[""], ["   "]])("answers %j with a notice, without reading stdin", async (text) => {
    const run = await runCli(["ask", "--json", text], { stdin: "principles\n" });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0] ?? "") as { kind: string; items: unknown[] };
    expect(reply.kind).toBe("notice");
    expect(reply.items).toEqual([]);
  });

  it("answers an empty argument in plain text too", async () => {
    const run = await runCli(["ask", ""]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Nothing to answer on this line.");
  });
});

describe("failures are one ct-bot: line", () => {
  it("discord shards without tokens: the reason, no JSON log line", async () => {
    const run = await runCli(["discord", "shards"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "ct-bot: discord shards needs DISCORD_TOKEN and DISCORD_APP_ID, and no DISCORD_PUBLIC_KEY (HTTP mode needs no shards)\n",
    );
    expect(run.stdout).toBe("");
  });

  it.each([
    [["content", "import", "/nonexistent/ct/doc.txt"]],
    [["content", "check", "--dir"]],
    [["discord", "register"]],
    [["secrets", "rotate"]],
    [["ask", "--lang", "de", "principles"]],
  ])("%j fails with ct-bot: lines, no log line or stack trace", async (args) => {
    const run = await runCli(args);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^ct-bot: \S/u);
    expect(run.stderr).not.toMatch(/^\{"level"/mu);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe("counts agree in number", () => {
  it("says 1 source and 1 problem, never (s)", async () => {
    const ok = await runCli(["content", "check"]);
    expect(ok.stdout).toMatch(/^content ok: 1 source, \d+ passages, \d+ topics, /u);
    const dir = mkdtempSync(join(tmpdir(), "ct-one-"));
    made.push(dir);
    cpSync(defaultContentDir(), dir, { recursive: true });
    writeFileSync(join(dir, "france-ct-2013", "topics.yaml"), "a: 1\n");
    const failed = await runCli(["content", "check", "--dir", dir]);
    expect(failed.stderr.split("\n")[0]).toBe(`content check failed: 1 problem in ${dir}`);
    expect(ok.stdout + failed.stderr).not.toContain("(s)");
  });
});

describe("content with no or an unknown command", () => {
  it("names the commands content takes, exit 2", async () => {
    const none = await runCli(["content"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("ct-bot: content needs a command: check or import");
    const unknown = await runCli(["content", "chek"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown content command: chek; use check or import");
  });
});
