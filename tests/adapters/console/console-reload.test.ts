/**
 * The console bot reloads its content as the services do (README "Add a source"): on SIGHUP,
 * and on file changes with CONTENT_WATCH=1. It says so in one plain line on stderr; content
 * with problems keeps the content loaded before, and the session goes on answering.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { packageRoot } from "../../../src/content/content-dir.js";
import { twoPackDir } from "../../helpers/packs.js";

let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

/** A console session over `dir`, fed line by line; what it printed so far. */
function session(dir: string, env: Record<string, string> = {}) {
  const root = packageRoot();
  const running = spawn(process.execPath, ["--import", "tsx", join(root, "bin/ct-bot.ts")], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LANG: "C",
      CONTENT_DIR: dir,
      ...env,
    },
  });
  child = running;
  const out = { stdout: "", stderr: "" };
  running.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out.stdout += chunk;
  });
  running.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    out.stderr += chunk;
  });
  const send = (line: string) => running.stdin.write(`${line}\n`);
  return { running, out, send };
}

/** Adds a passage about a "kiwi accord" to the fixture pack. */
function addKiwi(dir: string): void {
  const fixture = join(dir, "un-fixture-2006");
  appendFileSync(join(fixture, "source.txt"), "\nThe kiwi accord was signed in Wellington.\n");
  appendFileSync(
    join(fixture, "passages.yaml"),
    "\n- id: fixture-kiwi\n  section: Fixture note on the UN strategy\n  text: The kiwi accord was signed in Wellington.\n",
  );
}

describe("the console bot reloads its content", () => {
  it("on SIGHUP: the next question sees the new passage, and the session goes on", async () => {
    const dir = twoPackDir();
    const { running, out, send } = session(dir);
    send("search kiwi");
    await expect.poll(() => out.stdout).toContain("No matches");
    addKiwi(dir);
    running.kill("SIGHUP");
    await expect.poll(() => out.stderr).toContain("Content reloaded.");
    send("search kiwi");
    await expect.poll(() => out.stdout).toContain("The kiwi accord was signed in Wellington.");
    expect(running.exitCode).toBeNull();
  });

  it("keeps the content it has when the new content has problems, and says so plainly", async () => {
    const dir = twoPackDir();
    const { running, out, send } = session(dir);
    send("principles");
    await expect.poll(() => out.stdout).toContain("The five principles");
    appendFileSync(join(dir, "un-fixture-2006", "passages.yaml"), "\n- id: [not, valid\n");
    running.kill("SIGHUP");
    await expect
      .poll(() => out.stderr)
      .toMatch(
        /The content has (a problem|\d+ problems?): still answering from the content loaded before/u,
      );
    expect(out.stderr).not.toContain('{"level"');
    send("principles");
    await expect.poll(() => out.stdout.split("The five principles").length).toBe(3);
  });

  it("with CONTENT_WATCH=1, when a file changes", async () => {
    const dir = twoPackDir();
    const { out, send } = session(dir, { CONTENT_WATCH: "1" });
    send("search kiwi");
    await expect.poll(() => out.stdout).toContain("No matches");
    addKiwi(dir);
    await expect.poll(() => out.stderr).toContain("Content reloaded.");
    send("search kiwi");
    await expect.poll(() => out.stdout).toContain("The kiwi accord was signed in Wellington.");
  });
});
