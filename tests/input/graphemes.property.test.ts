/**
 * Text is cut and cleaned on user-perceived characters (grapheme clusters), never inside one:
 * an echoed query keeps every flag, emoji with joiners and modifiers, and letter with its
 * combining marks whole, on Slack and on Discord, and cleaning keeps the joiners an emoji needs.
 */
import type { KeyObject } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../../src/i18n/language.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { cleanInput, echo } from "../../src/input/clean-input.js";
import {
  applicationKeys,
  placesOf,
  postInteraction,
  type RunningBot,
  startBot,
} from "../adapters/discord/discord-harness.js";
import { type SlackHarness, startHarness } from "../adapters/slack/slack-harness.js";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord/fake-discord.js";
import { commandInteraction } from "../fakes/discord/interactions.js";
import { FAKE_USERS } from "../fakes/slack/fake-workspace.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const clustersOf = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Pieces people type that span several code points. */
const piece = fc.constantFrom(
  "🇫🇷",
  "🇯🇵",
  "👩‍💻",
  "👨‍👩‍👧‍👦",
  "👍🏽",
  "❤️",
  "🏴󠁧󠁢󠁥󠁮󠁧󠁿",
  "e\u0301",
  "a\u0308\u0323",
  "क्षि",
  "🧑🏾‍🚀",
  "x",
  " ",
);
const messy = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(""));

/** The first “…” or « … » quote in `text` (the echo), without the quote marks and ellipsis. */
function echoed(text: string): string | undefined {
  const quote = /“([^”]*)”|« ([^»]*) »/u.exec(text);
  return (quote?.[1] ?? quote?.[2])?.replace(/…$/u, "");
}

/** True when every cluster of `shown` is a cluster of `typed`: nothing was cut inside one. */
function wholeClusters(shown: string, typed: string): boolean {
  const allowed = new Set(clustersOf(typed));
  return clustersOf(shown).every((c) => allowed.has(c) || c === " ");
}

describe("cleaning and echoing in the core", () => {
  it("keeps an emoji's zero-width joiner: search zzqxvw 👩‍💻", () => {
    expect(cleanInput("search zzqxvw 👩‍💻").text).toBe("search zzqxvw 👩‍💻");
  });

  it("still drops invisible characters outside emoji (joiners, overrides, zero-width spaces)", () => {
    expect(cleanInput("part\u200dners In\u200bdia\u202e").text).toBe("partners India");
    expect(cleanInput("👩\u200d").text).toBe("👩");
  });

  it("never echoes part of a character, whatever the query holds", () => {
    fc.assert(
      fc.property(messy, fc.constantFrom(...LANGUAGES), (typed, language) => {
        const clean = cleanInput(typed).text;
        expect(wholeClusters(clean, typed.normalize("NFKC"))).toBe(true);
        const shown = echoed(echo(clean, createTranslator(language).t)) ?? "";
        expect(wholeClusters(shown, clean)).toBe(true);
        expect(/^[\u{1F1E6}-\u{1F1FF}]$/u.test(clustersOf(shown).at(-1) ?? "")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("on Slack and Discord", () => {
  let slack: SlackHarness;
  let fake: FakeDiscord;
  let keys: { publicKeyHex: string; privateKey: KeyObject };
  let discord: RunningBot;
  beforeAll(async () => {
    slack = await startHarness("http");
    fake = await startFakeDiscord();
    keys = applicationKeys();
    discord = await startBot(fake, {
      env: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: "" },
    });
  });
  afterAll(async () => {
    await slack?.close();
    await discord?.stop();
    await fake?.close();
  });

  // Echoes in both languages: English for the fake's en-US people, French for a French one.
  const slackEcho = async (text: string, language: Language = "en") => {
    const sent =
      language === "fr"
        ? await slack.commandFrom({ userId: FAKE_USERS.french.id }, text)
        : await slack.command(text);
    return echoed(JSON.stringify((await slack.response(sent.id)).body)) ?? "";
  };
  const discordEcho = async (query: string, language: Language = "en") => {
    const interaction = commandInteraction(placesOf(fake).guild, "search", { query });
    const { json } = await postInteraction(
      discord.url,
      { ...interaction, locale: language === "fr" ? "fr" : "en-US" },
      keys.privateKey,
    );
    return echoed(JSON.stringify(json)) ?? "";
  };

  it("echoes `search zzqxv` + 30 French flags with whole flags", async () => {
    for (const typed of [`zzqxv${"🇫🇷".repeat(30)}`, `zzqxv ${"🇫🇷".repeat(30)}`]) {
      const shownIn = async (language: Language) => [
        await slackEcho(`search ${typed}`, language),
        await discordEcho(typed, language),
      ];
      for (const shown of [...(await shownIn("en")), ...(await shownIn("fr"))]) {
        expect(shown.startsWith("zzqxv")).toBe(true);
        expect(shown).toContain("🇫🇷");
        expect(wholeClusters(shown, typed)).toBe(true);
      }
    }
  });

  it("echoes `search zzqxvw 👩‍💻` with the joiner kept", async () => {
    expect(await slackEcho("search zzqxvw 👩‍💻")).toContain("👩‍💻");
    expect(await discordEcho("zzqxvw 👩‍💻")).toContain("👩‍💻");
  });

  it("echoes any mix of flags, joined emoji and combining marks whole, in English and French", async () => {
    await fc.assert(
      fc.asyncProperty(messy, fc.constantFrom(...LANGUAGES), async (junk, language) => {
        const typed = `zzqxv${junk}`;
        const clean = cleanInput(typed).text;
        expect(wholeClusters(await slackEcho(`search ${typed}`, language), clean)).toBe(true);
        expect(wholeClusters(await discordEcho(typed, language), clean)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
