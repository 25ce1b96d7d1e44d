/**
 * Property tests: whatever the reply and whatever people type, what the adapter sends stays
 * within Discord's embed, component and autocomplete limits (checked by the fake's oracle,
 * which writes Discord's numbers out independently of the adapter's constants).
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planResponse } from "../../../adapters/discord/handlers/interaction.js";
import { renderMessage } from "../../../adapters/discord/render/message.js";
import { LANGUAGES } from "../../../src/i18n/language.js";
import type { Reply, ReplyAction } from "../../../src/replies/reply.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  type InteractionPayload,
} from "../../fakes/discord/interactions.js";
import { choiceProblems, messageProblems } from "../../fakes/discord/message-limits.js";
import { testBot } from "../../helpers/content.js";

// Markdown, mentions, surrogates, combining marks and blank space, more often than chance.
const tricky = fc.constantFrom(
  "*",
  "_",
  "~",
  "`",
  "|",
  "\\",
  "@",
  "<",
  ">",
  "#",
  "-",
  " ",
  "\n",
  "a",
  "é",
  "😀",
  "\u0301",
  "\ud800",
);
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: tricky, maxLength }),
    // Near the longest, so the total of 6000 characters across embeds is really tested.
    fc.string({ unit: tricky, maxLength, size: "max" }),
  );
const mark = fc
  .tuple(fc.integer({ min: -5, max: 1500 }), fc.integer({ min: -5, max: 1500 }))
  .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]);
const action: fc.Arbitrary<ReplyAction> = fc.oneof(
  fc.constant({ type: "share" as const }),
  fc.record({
    type: fc.constant("page" as const),
    page: fc.integer({ min: 1, max: 9999 }),
    label: text(120),
  }),
  fc.record({ type: fc.constant("open" as const), passageId: text(60) }),
  fc.record({ type: fc.constant("related" as const), passageId: text(60) }),
);
const item = fc.record(
  {
    passageId: text(60),
    text: text(1500),
    marks: fc.array(mark, { maxLength: 30 }),
    headline: text(300),
    citation: fc.record({
      sourceId: text(20),
      title: text(300),
      publisher: text(300),
      section: text(300),
      date: text(40),
      passageId: text(60),
    }),
  },
  { requiredKeys: ["passageId", "text", "marks", "citation"] },
);
const reply: fc.Arbitrary<Reply> = fc.record(
  {
    kind: fc.constantFrom("passages", "fact", "list", "notice", "error"),
    title: text(400),
    intro: fc.array(text(2000), { maxLength: 4 }),
    items: fc.array(item, { maxLength: 12 }),
    entries: fc.array(fc.record({ label: text(300), detail: text(1200) }), { maxLength: 60 }),
    suggestions: fc.array(fc.record({ label: text(120), command: text(200) }), { maxLength: 30 }),
    page: fc.record({
      number: fc.integer({ min: 1, max: 99 }),
      count: fc.integer({ min: 1, max: 99 }),
    }),
    actions: fc.array(action, { maxLength: 30 }),
    invocation: text(300),
    reference: fc.stringMatching(/^[0-9a-f]{8}$/u),
    // Our words in every language ct-bot speaks: French labels and notes are longer.
    language: fc.constantFrom(...LANGUAGES),
  },
  {
    requiredKeys: [
      "kind",
      "title",
      "intro",
      "items",
      "entries",
      "suggestions",
      "page",
      "actions",
      "invocation",
    ],
  },
);

// Shrinking kilobytes of text is slow: stop after a while and report the smallest failure so far.
const plugins = [fc.interruptAfterTimeLimit(20_000, { failOnInterrupt: true })];

describe("Discord limits for any reply", () => {
  it("renders every reply within the embed and component limits, in either visibility", () => {
    fc.assert(
      fc.property(
        reply,
        fc.boolean(),
        fc.option(text(2500), { nil: undefined }),
        (r, shared, content) => {
          const message = renderMessage(r, {
            visibility: shared ? "public" : "ephemeral",
            ...(content === undefined ? {} : { content }),
          });
          expect(messageProblems(message)).toEqual([]);
        },
      ),
      { numRuns: 300, plugins },
    );
  });
});

describe("Discord limits for any input to any command", () => {
  const bot = testBot();
  const place = {
    appId: "100000000000000001",
    channelId: "100000000000000004",
    guildId: "100000000000000003",
  };
  const visible = bot.commands.filter((c) => !c.hidden);
  const command = fc.constantFrom(...visible);

  /** The Discord client locales of the languages ct-bot speaks (and one it does not). */
  const locale = fc.constantFrom("en-US", "fr", "de");

  async function answerTo(interaction: InteractionPayload, clientLocale = "en-US") {
    // The payload builders make what Discord sends; the handler takes it as raw JSON.
    return planResponse({ ...interaction, locale: clientLocale } as never, bot).answer();
  }

  it("answers every subcommand with any option values within the limits", async () => {
    await fc.assert(
      fc.asyncProperty(
        command,
        fc.array(text(300), { minLength: 5, maxLength: 5 }),
        locale,
        async (definition, values, clientLocale) => {
          const options = Object.fromEntries(
            definition.options.map((o, i) => [o.name, values[i] ?? ""]),
          );
          const response = await answerTo(
            commandInteraction(place, definition.name, options),
            clientLocale,
          );
          expect(response.type).toBe(4);
          expect(messageProblems("data" in response ? response.data : undefined)).toEqual([]);
        },
      ),
      { numRuns: 200, plugins },
    );
  });

  it("answers any button payload within the limits", async () => {
    const payload = fc.oneof(
      text(100),
      fc
        .tuple(fc.constantFrom("s", "p"), fc.integer({ min: 0, max: 9999 }), text(90))
        .map(([v, p, t]) => `ct1:${v}:${p}:${t}`),
    );
    await fc.assert(
      fc.asyncProperty(payload, fc.boolean(), locale, async (customId, ephemeral, clientLocale) => {
        const response = await answerTo(
          buttonInteraction(place, customId, ephemeral),
          clientLocale,
        );
        expect(messageProblems("data" in response ? response.data : undefined)).toEqual([]);
      }),
      { numRuns: 200, plugins },
    );
  });

  it("autocompletes any typed text with at most 25 choices of 1–100 characters", async () => {
    const sources = visible.flatMap((c) =>
      c.options.filter((o) => o.autocomplete).map((o) => [c.name, o.name] as const),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources), text(200), async ([name, option], typed) => {
        const response = await answerTo(autocompleteInteraction(place, name, option, typed));
        const choices =
          "data" in response && response.data && "choices" in response.data
            ? response.data.choices
            : [];
        expect(choiceProblems((choices ?? []) as Array<{ name: string; value: string }>)).toEqual(
          [],
        );
      }),
      { numRuns: 200, plugins },
    );
  });
});
