/**
 * Bad input gets a helpful reply, never a crash: fixed nasty cases and fast-check properties
 * over the parser and the reply builder.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommandText } from "../../src/commands/parse-command.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { foldWhitespace } from "../../src/content/fold-text.js";
import { cleanInput, INPUT_MAX } from "../../src/input/clean-input.js";
import type { Reply } from "../../src/replies/reply.js";
import { testBot } from "../helpers/content.js";

const bot = testBot();
const source = foldWhitespace(bot.content.sources[0]?.text ?? "");

const NASTY: ReadonlyArray<[string, string]> = [
  ["empty", ""],
  ["spaces", "   \t  "],
  ["10,000 characters", "terrorism ".repeat(1000)],
  ["one 10,000-character word", "x".repeat(10_000)],
  ["control characters", "par\u0000tners\u0007 In\u001bdia\u007f"],
  ["right-to-left override", "partners \u202eaidnI"],
  ["lone surrogates", "search \ud800 financing \udfff"],
  ["emoji", "search 🇫🇷 financing 💣👨‍👩‍👧"],
  ["@everyone", "@everyone search financing"],
  ["Slack broadcast", "<!channel> <!here> <@U123|bob> search"],
  ["SQL", "'; DROP TABLE subscriptions; --"],
  ["unbalanced quote", 'search "human rights'],
  ["unbalanced brackets", "search (financing [[ {"],
  ["unknown subcommand", "subscribe me"],
  ["bad daily time", "daily on 99:99"],
  ["bad daily zone", "daily on 09:00 Europe/Atlantis"],
  ["daily with nothing", "daily"],
  ["markdown", "**bold** _x_ `code` [link](http://x)"],
  ["only punctuation", "?!.,;:"],
  ["null-ish words", "undefined null NaN"],
];

/** The invariants every reply keeps, whatever was typed. */
function expectSafeReply(reply: Reply): void {
  expect(reply.kind).not.toBe("error");
  expect(reply.title.length).toBeGreaterThan(0);
  expect(reply.page.number).toBeGreaterThanOrEqual(1);
  expect(reply.page.number).toBeLessThanOrEqual(reply.page.count);
  for (const item of reply.items) {
    expect(source).toContain(item.text);
    let last = 0;
    for (const [start, end] of item.marks) {
      expect(start).toBeGreaterThanOrEqual(last);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(item.text.length);
      last = end;
    }
  }
  const text = JSON.stringify(reply);
  expect(text).not.toMatch(/\bat \S+\.(ts|js):\d+/u);
  for (const line of [...reply.intro, reply.title]) expect(line).not.toMatch(/[\p{Cc}\u202e]/u);
}

describe("bad input", () => {
  it.each(NASTY)("answers %s helpfully", async (_name, text) => {
    expectSafeReply(await bot.ask(text));
  });

  it("reads at most INPUT_MAX characters and says so", async () => {
    const reply = await bot.ask(`search ${"terrorism ".repeat(1000)}`);
    expect(reply.intro[0]).toContain(`first ${INPUT_MAX} characters`);
  });

  it("never echoes more than a short quote of what was typed", async () => {
    const reply = await bot.ask(`partners ${"x".repeat(300)}`);
    for (const line of reply.intro) expect(line.length).toBeLessThan(200);
  });

  it("strips direction overrides and controls from what it reads", () => {
    expect(cleanInput("par\u202etners\u0000 India\u200b").text).toBe("partners India");
    expect(cleanInput("\ud800x").text).toBe("x");
  });
});

describe("properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 80 }),
    fc
      .constantFrom(...COMMANDS.map((c) => c.name))
      .chain((name) => fc.string({ maxLength: 60 }).map((rest) => `${name} ${rest}`)),
    fc.constantFrom(...COMMANDS.flatMap((c) => c.examples)),
  );

  it("parses any text without throwing, to a known command or a clear problem", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseCommandText(text, COMMANDS);
        if (parsed.ok) {
          expect(COMMANDS.map((c) => c.name)).toContain(parsed.invocation.command);
          for (const value of Object.values(parsed.invocation.args))
            expect(value).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        } else {
          expect(parsed.problem.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("re-parses a reply's invocation to the same command and arguments", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const parsed = parseCommandText(text, COMMANDS);
        if (!parsed.ok) return;
        const reply = await bot.run(parsed.invocation);
        const again = parseCommandText(reply.invocation, COMMANDS);
        expect(again.ok && again.invocation).toEqual(parsed.invocation);
      }),
      { numRuns: 300 },
    );
  });

  it("answers any text with a safe reply: verbatim items, valid marks, no stack traces", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.integer({ min: -3, max: 9 }), async (text, page) => {
        expectSafeReply(await bot.ask(text, { page }));
      }),
      { numRuns: 300 },
    );
  });
});
