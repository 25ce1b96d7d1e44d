/**
 * Properties: whatever the bot answers, and whatever a reply contains, the rendered message
 * stays within every Block Kit limit and the message budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "../../../adapters/slack/render/blocks.js";
import { createBot } from "../../../src/commands/create-bot.js";
import { LANGUAGES, type Language } from "../../../src/i18n/language.js";
import type { Reply, ReplyAction } from "../../../src/replies/reply.js";
import { limitViolations } from "./block-limits.js";
import { testContent } from "./slack-harness.js";

const bot = createBot({ content: testContent() });
/** The caller, reading `language` (French text is longer: the limits must hold in both). */
const slackIn = (language: Language) => ({
  platform: "slack" as const,
  userId: "U0ALICE1",
  language,
});

/** Every page of the answer to `text`, rendered privately and shared, with what is wrong. */
async function violationsFor(text: string, language: Language = "en"): Promise<string[]> {
  const caller = slackIn(language);
  const first = await bot.ask(text, { caller });
  const problems: string[] = [];
  for (let page = 1; page <= first.page.count; page++) {
    const reply = page === 1 ? first : await bot.ask(text, { caller, page });
    for (const message of [renderBlocks(reply), renderBlocks(reply, { sharedBy: "U0ALICE1" })]) {
      problems.push(
        ...limitViolations(message).map((p) => `${language} ${text} (page ${page}): ${p}`),
      );
    }
  }
  return problems;
}

/** Characters that stress escaping (which lengthens text), bold, sentence cuts and surrogate pairs. */
const AWKWARD = fc.constantFrom(
  "&",
  "<",
  ">",
  "*",
  " ",
  " ",
  ".",
  "\n",
  "a",
  "é",
  "😀",
  "_",
  "|",
  "!",
  '"',
);

/**
 * Text up to `maxLength` code units: usually short, often long, and when `big`, sometimes as
 * long as allowed (costly to generate, so only for the fields that carry most text).
 */
const awkwardText = (maxLength: number, big = false) =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: AWKWARD, maxLength }),
    fc.string({ unit: "grapheme", maxLength, size: "medium" }),
    ...(big ? [fc.string({ unit: AWKWARD, maxLength, size: "max" })] : []),
  );

describe("every reply stays within Slack's limits", () => {
  it("for every example of every command in the registry, on every page", async () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const command of bot.commands) {
        for (const text of [command.name, ...command.examples])
          problems.push(...(await violationsFor(text, language)));
      }
    }
    expect(problems).toEqual([]);
  });

  it("for every command given arbitrary text", async () => {
    const names = bot.commands.map((c) => c.name);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("", ...names),
        awkwardText(600),
        fc.constantFrom(...LANGUAGES),
        async (name, rest, language) => {
          expect(await violationsFor(`${name} ${rest}`, language)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("for arbitrary replies: huge texts, marks, snippets, entries, suggestions and actions", () => {
    const text = awkwardText(8000, true);
    const id = fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 300 });
    const itemArb = fc.record(
      {
        passageId: id,
        text,
        snippet: fc.record({
          start: fc.integer({ min: -5, max: 9000 }),
          end: fc.integer({ min: -5, max: 9000 }),
        }),
        headline: awkwardText(2000),
        citation: fc.record({
          sourceId: id,
          title: awkwardText(3000),
          publisher: awkwardText(500),
          section: awkwardText(3000),
          date: awkwardText(100),
          passageId: id,
        }),
        marks: fc.array(fc.tuple(fc.nat(9000), fc.nat(9000)), { maxLength: 40 }),
      },
      { requiredKeys: ["passageId", "text", "citation", "marks"] },
    );
    const actionArb: fc.Arbitrary<ReplyAction> = fc.oneof(
      fc.constant({ type: "share" as const }),
      fc.record({
        type: fc.constant("page" as const),
        page: fc.integer({ min: 1, max: 9999 }),
        label: awkwardText(200),
      }),
      fc.record({ type: fc.constant("open" as const), passageId: id }),
      fc.record({ type: fc.constant("related" as const), passageId: id }),
    );
    const replyArb: fc.Arbitrary<Reply> = fc.record({
      kind: fc.constantFrom("passages", "fact", "list", "notice", "error"),
      title: awkwardText(1000, true),
      intro: fc.array(awkwardText(4000, true), { maxLength: 6 }),
      items: fc.array(itemArb, { maxLength: 10, size: "medium" }),
      entries: fc.array(fc.record({ label: awkwardText(500), detail: awkwardText(4000, true) }), {
        maxLength: 80,
        size: "medium",
      }),
      suggestions: fc.array(fc.record({ label: awkwardText(200), command: awkwardText(3000) }), {
        maxLength: 40,
        size: "medium",
      }),
      page: fc.record({
        number: fc.integer({ min: 1, max: 99 }),
        count: fc.integer({ min: 1, max: 99 }),
      }),
      actions: fc.array(actionArb, { maxLength: 60, size: "medium" }),
      invocation: awkwardText(5000, true),
      language: fc.constantFrom(...LANGUAGES),
    });
    fc.assert(
      fc.property(
        replyArb,
        fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
        (reply, sharedBy) => {
          const message = renderBlocks(reply, sharedBy === undefined ? {} : { sharedBy });
          expect(limitViolations(message)).toEqual([]);
        },
      ),
      // Shrinking replies made of thousands of characters takes minutes; the violation list
      // says what broke, which is what a failure needs.
      { numRuns: 120, endOnFailure: true },
    );
  });
});
