/**
 * Help and argument errors of the `ct-bot` command line, run as a separate process: every
 * command answers `--help`/`-h` with its own usage (one line per option) and exit 0,
 * `ct-bot help` lists every command the README documents, and a bad option is named in one
 * line without a stray quote.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_COMMANDS, cliCommand, commandHelp, wantsHelp } from "../../app/cli-help.js";
import { packageRoot } from "../../src/content/content-dir.js";
import { runCli } from "../helpers/run-cli.js";

/** The `npx ct-bot <command> [subcommand]` the README shows, e.g. "content check". */
function readmeCommands(): string[] {
  const readme = readFileSync(join(packageRoot(), "README.md"), "utf8");
  const names = new Set<string>();
  for (const [, words = ""] of readme.matchAll(/npx ct-bot ([a-z]+(?: [a-z]+)?)/gu)) {
    const [first = "", second] = words.split(" ");
    const pair = `${first} ${second ?? ""}`.trim();
    names.add(cliCommand(pair) ? pair : first);
  }
  return [...names].sort();
}

describe("ct-bot <command> --help", () => {
  it.each([
    [["ask", "--help"], "ask"],
    [["content", "import", "--help"], "content import"],
    [["content", "check", "--help"], "content check"],
    [["content", "check", "-h"], "content check"],
    [["discord", "shards", "--help"], "discord shards"],
    [["discord", "register", "-h"], "discord register"],
    [["slack", "manifest", "--help"], "slack manifest"],
    [["secrets", "rotate", "--help"], "secrets rotate"],
    [["start", "--help"], "start"],
    [["serve", "-h"], "serve"],
    [["ask", "--json", "-h"], "ask"],
  ])("%j prints the usage of %s with one line per option, exit 0", async (args, name) => {
    const run = await runCli(args);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(`Usage: ct-bot ${cliCommand(name)?.synopsis[0]}`);
    for (const option of cliCommand(name)?.options ?? [])
      expect(run.stdout).toMatch(new RegExp(`^  ${option.flag}\\s+\\S`, "mu"));
    expect(run.stdout).toMatch(/^ {2}-h, --help\s+show this help$/mu);
  });

  it("lists both content commands for content --help", async () => {
    const run = await runCli(["content", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: ct-bot content check");
    expect(run.stdout).toContain("Usage: ct-bot content import");
  });

  it("asks about the words after --: ask -- --help is a question, not help", async () => {
    const run = await runCli(["ask", "--json", "--", "--help"]);
    expect(run.code).toBe(0);
    // Free text is searched: the question is "--help", answered as a reply, not as usage.
    expect((JSON.parse(run.stdout) as { invocation: string }).invocation).toContain("--help");
    expect(run.stdout).not.toContain("Usage: ct-bot");
  });
});

describe("ct-bot help", () => {
  it("lists every command the README documents, discord shards included", async () => {
    const run = await runCli(["help"]);
    expect(run.code).toBe(0);
    const documented = readmeCommands();
    expect(documented).toContain("discord shards");
    for (const name of documented)
      expect(run.stdout, name).toMatch(new RegExp(`^ {2}${name}\\b`, "mu"));
  });

  it("lists every declared command with its summary, and points to --help", async () => {
    const run = await runCli(["help"]);
    for (const command of CLI_COMMANDS) {
      expect(run.stdout).toContain(`  ${command.synopsis[0]}`);
      expect(run.stdout).toContain(command.summary[0]);
    }
    expect(run.stdout).toContain("Every command takes --help (or -h) for its own options.");
  });
});

describe("unknown options", () => {
  it("names the option in one line, quotes balanced, exit 2", async () => {
    const run = await runCli(["ask", "--colour", "partners"]);
    expect(run.code).toBe(2);
    const first = run.stderr.split("\n")[0] ?? "";
    expect(first).toBe(
      'ct-bot: unknown option --colour (to start the text with "-", put it after --: -- "--colour")',
    );
    expect(first.split('"').length % 2).toBe(1);
    expect(first).not.toContain("'");
  });

  it("gives no -- hint to a command that takes no text", async () => {
    const run = await runCli(["content", "check", "--colour"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("ct-bot: unknown option --colour");
  });
});

describe("wantsHelp and commandHelp", () => {
  it("finds --help and -h only before --", () => {
    expect(wantsHelp(["--json", "-h"])).toBe(true);
    expect(wantsHelp(["x", "--help"])).toBe(true);
    expect(wantsHelp(["--", "--help"])).toBe(false);
    expect(wantsHelp(["help"])).toBe(false);
  });

  it("prints every option of every command on its own line", () => {
    for (const command of CLI_COMMANDS) {
      const lines = commandHelp(command).split("\n");
      for (const option of command.options)
        expect(lines.filter((line) => line.trimStart().startsWith(option.flag))).toHaveLength(1);
    }
  });
});
