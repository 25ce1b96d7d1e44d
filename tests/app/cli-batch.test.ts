/**
 * Batch use of the CLI: `ct-bot ask --json` answers exactly one JSON line per input line
 * (lines end at \n or \r\n; a lone CR is inside a line; a blank line gets a notice with no
 * items), and a reader that stops early (`| head -1`) ends the process quietly with exit 0.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ask } from "../../app/ask.js";
import { packageRoot } from "../../src/content/content-dir.js";
import type { Reply } from "../../src/replies/reply.js";
import { testBot } from "../helpers/content.js";
import { runCli } from "../helpers/run-cli.js";

describe("ct-bot ask --json reading stdin", () => {
  it("answers blank and whitespace lines, keeps a lone CR inside its line, one JSON line each", async () => {
    const run = await runCli(["ask", "--json"], {
      stdin: "principles\n\n   \r\nfor\rums\r\nforums",
    });
    expect(run.code).toBe(0);
    const replies = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Reply);
    expect(replies).toHaveLength(5);
    expect(replies[0]?.kind).toBe("passages");
    for (const blank of [replies[1], replies[2]]) {
      expect(blank?.kind).toBe("notice");
      expect(blank?.items).toEqual([]);
      expect(blank?.intro.join(" ")).toContain("Nothing to answer");
    }
    expect(replies[3]?.invocation).not.toBe("forums");
    expect(replies[4]?.kind).toBe("list");
  });

  it("writes exactly one JSON line per input line, whatever the lines hold", async () => {
    const bot = testBot();
    const line = fc.oneof(
      fc.constantFrom("", " ", "\t", "principles", "forums", "search terrorism", "a\rb", "\r"),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[\n]/gu, "")),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        async (lines, end, lastEnded) => {
          // A line ending in CR followed by the \n line end would read as a CRLF: not a line end test.
          fc.pre(lines.every((l) => !l.endsWith("\r")));
          const text = lines.join(end) + (lastEnded ? end : "");
          let out = "";
          const output = new Writable({
            write(chunk, _encoding, done) {
              out += String(chunk);
              done();
            },
          });
          await ask(bot, undefined, true, Readable.from([Buffer.from(text)]), output);
          const written = out === "" ? [] : out.trimEnd().split("\n");
          const expected = lastEnded || lines.at(-1) !== "" ? lines.length : lines.length - 1;
          expect(written).toHaveLength(expected);
          for (const json of written) expect(() => JSON.parse(json)).not.toThrow();
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Runs ct-bot, reads its first stdout line, then closes the pipe like `head -1`. */
function runAndCloseAfterFirstLine(
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stderr: string; first: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(packageRoot(), "bin/ct-bot.ts"), ...args],
    { cwd: packageRoot(), stdio: ["pipe", "pipe", "pipe"] },
  );
  let stderr = "";
  let first = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    if (first === "") {
      first = chunk.split("\n")[0] ?? "";
      child.stdout.destroy();
    }
  });
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr, first })));
}

describe("a reader that closes stdout early", () => {
  it("ends ask --json quietly with exit 0", async () => {
    const run = await runAndCloseAfterFirstLine(
      ["ask", "--json"],
      "principles\nforums\n".repeat(200),
    );
    expect(run.first).toContain('"kind":"passages"');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/EPIPE|at .*\.ts:\d+/u);
  });

  it("ends slack manifest quietly with exit 0", async () => {
    const run = await runAndCloseAfterFirstLine(["slack", "manifest"], "");
    expect(run.first).toContain("manifest");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});

describe("ct-bot serve", () => {
  it("exits 1 with one line naming what to set when no platform is configured", async () => {
    const run = await runCli(["serve"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^ct-bot: no platform configured: set SLACK_BOT_TOKEN.*DISCORD_TOKEN/u,
    );
  });
});
