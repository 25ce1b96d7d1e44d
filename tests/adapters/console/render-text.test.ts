/**
 * The console reads like a terminal program: text wrapped at word boundaries to the width,
 * tables aligned, one citation for a run of excerpts from one section, numbering that carries
 * on across pages, `more` and `previous` that say when there is nowhere to go, a blank line
 * between answers when piped, and paging in `ct-bot ask` batch mode too.
 */
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runConsoleBot } from "../../../adapters/console/console-bot.js";
import { createConsoleSession } from "../../../adapters/console/console-session.js";
import { renderText } from "../../../adapters/console/render-text.js";
import { table } from "../../../adapters/console/text-layout.js";
import { ask } from "../../../app/ask.js";
import type { Reply } from "../../../src/replies/reply.js";
import { testBot } from "../../helpers/content.js";

const bot = testBot();
const CONSOLE = { caller: { platform: "console" as const } };
const fold = (text: string) => text.replace(/\s+/gu, " ");

async function collect(run: (output: PassThrough) => Promise<void>): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.setEncoding("utf8").on("data", (chunk: string) => {
    text += chunk;
  });
  await run(output);
  return text;
}

describe("renderText", () => {
  it.each([40, 80, 120])(
    "wraps every answer at word boundaries within %i columns",
    async (width) => {
      for (const command of [
        "help",
        "principles",
        "partners",
        "forums",
        "topics",
        "source",
        "search terrorism",
        "help daily",
        "topics coalition",
      ]) {
        const reply = await bot.ask(command, CONSOLE);
        const text = renderText(reply, { color: false, width });
        for (const line of text.split("\n"))
          expect(line.length, `${command}: ${line}`).toBeLessThanOrEqual(width);
        for (const item of reply.items) expect(fold(text)).toContain(fold(item.text));
      }
    },
  );

  it("never splits a word or loses one, whatever the text and width (words narrower than the width)", () => {
    const word = fc.stringMatching(/^[a-zA-Z’,.;()-]{1,15}$/u);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 20, max: 200 }),
        (words, width) => {
          const text = words.join(" ");
          const reply: Reply = {
            kind: "notice",
            title: "T",
            intro: [text],
            items: [],
            entries: [{ label: "label", detail: text }],
            suggestions: [],
            page: { number: 1, count: 1 },
            actions: [],
            invocation: "x",
          };
          const out = renderText(reply, { color: false, width });
          for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
          expect(fold(out)).toContain(text);
          expect(fold(out)).toContain(`label ${text}`);
        },
      ),
    );
  });

  it("aligns table details in one column and wraps them under themselves", () => {
    const lines = table(
      [
        { label: "help [command]", detail: "What ct-bot can do" },
        { label: "fact [today|random]", detail: "A cited fact: ".repeat(8).trim() },
        { label: "a label far too long to share its line with the detail", detail: "below" },
      ],
      60,
    );
    const column = "fact [today|random]  ".length;
    expect(lines[0]).toBe(
      `help [command]${" ".repeat(column - "help [command]".length)}What ct-bot can do`,
    );
    for (const line of lines.slice(1, -2))
      expect(line.slice(0, column).trim() === "" || line.startsWith("fact")).toBe(true);
    expect(lines.at(-2)).toBe("a label far too long to share its line with the detail");
    expect(lines.at(-1)).toBe(`${" ".repeat(column)}below`);
  });

  it("cites five principles of one section once, after the last, not five times", async () => {
    const text = renderText(await bot.ask("principles", CONSOLE), { color: false, width: 80 });
    expect(fold(text).match(/French Ministry of Foreign Affairs/gu)).toHaveLength(1);
    expect(text.trimEnd().split("\n").at(-1)).toContain("March 2013.");
  });

  it("keeps a citation for each excerpt when consecutive excerpts come from different sections", async () => {
    const reply = await bot.ask("search terrorism", CONSOLE);
    const text = renderText(reply, { color: false, width: 80 });
    let runs = 0;
    reply.items.forEach((item, i) => {
      if (reply.items[i + 1]?.citation.section !== item.citation.section) runs++;
    });
    expect(fold(text).match(/ — The principles/gu)).toHaveLength(runs);
    expect(runs).toBeGreaterThan(1);
  });

  it("numbers page 2 on from page 1", async () => {
    const first = await bot.ask("search terrorism", { ...CONSOLE, page: 1 });
    const second = await bot.ask("search terrorism", { ...CONSOLE, page: 2 });
    const text = renderText(second, { color: false, width: 80 });
    expect(text).toContain(`\n${first.items.length + 1}. `);
    expect(text).not.toMatch(/\n1\. /u);
  });
});

describe("paging in the console", () => {
  it("more goes on, says when there is no next page, and previous goes back", async () => {
    const session = createConsoleSession(bot, { platform: "console" });
    expect((await session.answer("more")).title).toBe("Nothing to page through yet");
    const first = await session.answer("search terrorism");
    expect(first.page).toMatchObject({ number: 1 });
    const second = await session.answer("more");
    expect(second.page.number).toBe(2);
    expect(second.page.count).toBe(2);
    const end = await session.answer("more");
    expect(end.title).toBe("No more pages");
    expect(end.intro).toEqual(["That was the last page of “search terrorism”."]);
    expect((await session.answer("previous")).items).toEqual(first.items);
    expect((await session.answer("previous")).title).toBe("No earlier page");
  });

  it("separates answers with a blank line when piped", async () => {
    const input = new PassThrough();
    input.end("fact\nsource\n");
    const text = await collect((output) =>
      runConsoleBot(bot, { input, output, interactive: false, color: false }),
    );
    const source = (await bot.ask("source", CONSOLE)).title;
    expect(text).toContain(`\n\n${source}\n`);
  });

  it("pages with more and previous in ct-bot ask batch mode", async () => {
    const input = new PassThrough();
    input.end("search terrorism\nmore\nmore\nprevious\n");
    const text = await collect((output) => ask(bot, undefined, false, input, output));
    expect(text).toContain("Page 2 of 2.");
    expect(text).toContain("No more pages");
    expect(text.match(/Page 1 of 2\./gu)).toHaveLength(2);
  });
});
