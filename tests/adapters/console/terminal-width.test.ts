/**
 * A screenshot-free check of the console in a real pseudo-terminal: `script` (util-linux)
 * runs `ct-bot start` on a pty sized with `stty cols N`, a person's commands are typed one
 * at a time after each prompt, and what the terminal shows is read back. No line may be
 * wider than the terminal, and no word may be cut at its edge: every excerpt, description
 * and list detail the bot answered reads whole once line breaks are folded back into spaces.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../../src/content/content-dir.js";
import { testBot } from "../../helpers/content.js";

const COMMANDS = [
  "help",
  "principles",
  "partners",
  "forums",
  "search terrorism",
  "more",
  "previous",
  "topics",
  "source",
  "help daily",
];
const PROMPT = "ct> ";

/** Types `commands` into the console bot on a `columns`-wide pty; resolves with the screen text. */
function typeInTerminal(columns: number, commands: readonly string[]): Promise<string> {
  const root = packageRoot();
  const start = `stty cols ${columns} rows 50; exec "${process.execPath}" --import tsx "${join(root, "bin/ct-bot.ts")}" start`;
  const child = spawn("script", ["-qfec", start, "/dev/null"], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", TERM: "dumb" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let screen = "";
  const queue = [...commands, "quit"];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    screen += chunk;
    // Type the next command only once the bot is waiting for it, as a person would.
    const prompts = screen.split(PROMPT).length - 1;
    const typed = commands.length + 1 - queue.length;
    if (prompts > typed && queue.length > 0) child.stdin.write(`${queue.shift()}\n`);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the console did not finish; screen so far:\n${screen}`));
    }, 60_000);
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      resolve(screen);
    });
  });
}

/** What people read in answers to `commands`: excerpts, intros, list details. */
async function expectedTexts(commands: readonly string[]): Promise<string[]> {
  const bot = testBot();
  const texts: string[] = [];
  for (const command of commands) {
    if (command === "more" || command === "previous") continue;
    const reply = await bot.ask(command, { caller: { platform: "console" } });
    texts.push(...reply.items.map((i) => i.text), ...reply.intro);
    texts.push(...reply.entries.map((e) => e.detail).filter((d) => d !== ""));
  }
  return texts;
}

const fold = (text: string) => text.replace(/\s+/gu, " ");

describe("the console in an 80- and a 120-column terminal", () => {
  it.each([80, 120])(
    "keeps every line within %i columns and every word whole",
    async (columns) => {
      const screen = stripVTControlCharacters(await typeInTerminal(columns, COMMANDS));
      const lines = screen.split(/\r?\n/u).map((line) => line.replace(/\r/gu, ""));
      const wide = lines.filter((line) => line.length > columns);
      expect(wide).toEqual([]);
      // Lines broken inside a word would leave "terror ism" here instead of "terrorism".
      const shown = fold(lines.map((line) => line.replace(/^ct> /u, "")).join("\n"));
      for (const text of await expectedTexts(COMMANDS)) expect(shown).toContain(fold(text));
      expect(shown).toContain("Page 2 of 2.");
      expect(shown).toContain("6. ");
    },
    120_000,
  );
});
