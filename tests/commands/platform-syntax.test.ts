/**
 * Every usage line, example and "run X" a reply shows is written the way the platform it is
 * shown on types commands: bare words in the console, `/ct daily on 09:00` in Slack,
 * `/ct daily action:on time:09:00` in Discord. The scan runs every command (help for each,
 * each registry example, bad arguments, lookups that find nothing, every daily answer with
 * refusals, a channel the bot cannot post in and a paused subscription) on each platform and
 * looks for another platform's syntax in the text people read.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Caller } from "../../src/commands/command.js";
import { createBot } from "../../src/commands/create-bot.js";
import { createDailyService } from "../../src/daily/daily-service.js";
import type { DailyAccess } from "../../src/daily/port.js";
import type { Reply } from "../../src/replies/reply.js";
import { createManualClock } from "../../src/runtime/clock.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { bundledContent } from "../helpers/content.js";

type Platform = Caller["platform"];

const clock = createManualClock("2026-03-02T07:00:00Z");
const store = createSqliteStore(":memory:");
await store.migrate();
afterAll(() => store.close());
const content = bundledContent();
const bot = createBot({
  content,
  clock,
  random: () => 0.5,
  daily: createDailyService({ store, content, clock }),
});

/** The platform's checks, told what to answer (the port each adapter implements). */
function access(
  platform: "slack" | "discord",
  rules: { allowed: boolean; canPost: boolean },
): DailyAccess {
  return {
    platform,
    target: { workspaceId: "W1", channelId: `C-${platform}` },
    userId: "U1",
    canManage: async () => (rules.allowed ? { ok: true } : { ok: false, who: "channel managers" }),
    checkChannel: async () =>
      rules.canPost
        ? { ok: true }
        : { ok: false, problem: "ct-bot is not in this channel.", fix: "invite ct-bot" },
    confirm: async () => ({ kind: "sent", messageId: "m1" }),
  };
}

/** Command text that exercises every reply with a usage line, an example or a "run X". */
function inputs(): string[] {
  const visible = bot.commands.filter((c) => !c.hidden);
  return [
    "help",
    "help nope",
    ...visible.map((c) => `help ${c.name}`),
    ...visible.flatMap((c) => c.examples),
    "search",
    "zebra pizza",
    "partners",
    "partners Atlantis",
    "forums",
    "forums Atlantis",
    "topics",
    "topics atlantis",
    "daily",
    "daily bogus",
    "daily off 09:00",
    "daily on 99:99",
    "daily on 09:00 Europe/Atlantis",
    "fact nope",
  ];
}

/** Every reply a person on `platform` can get from {@link inputs}, daily answers included. */
async function repliesOn(platform: Platform): Promise<Reply[]> {
  const caller: Caller = { platform, userId: "U1", channelId: `C-${platform}`, workspaceId: "W1" };
  const replies: Reply[] = [];
  for (const text of inputs()) replies.push(await bot.ask(text, { caller }));
  if (platform !== "slack" && platform !== "discord") return replies;
  const ask = async (text: string, rules = { allowed: true, canPost: true }) =>
    replies.push(await bot.ask(text, { caller, dailyAccess: access(platform, rules) }));
  await ask("daily status");
  await ask("daily off");
  await ask("daily on", { allowed: false, canPost: true });
  await ask("daily on", { allowed: true, canPost: false });
  await ask("daily on 08:30 Europe/Paris weekdays");
  await ask("daily status");
  await ask("daily off", { allowed: false, canPost: true });
  await ask("daily off");
  await ask("daily preview");
  // A paused subscription: status says how to fix it and what to run.
  await ask("daily on");
  const id = `${platform}:W1:C-${platform}`;
  const paused = await store.getSubscription(id);
  if (paused === undefined) throw new Error("daily on saved nothing");
  await store.saveSubscription({ ...paused, pausedReason: "missing_access", pausedFix: "fix it" });
  await ask("daily status");
  return replies;
}

/** What people read: title, intro, list rows and suggestion labels. */
function readable(reply: Reply): string[] {
  return [
    reply.title,
    ...reply.intro,
    ...reply.entries.flatMap((e) => [e.label, e.detail]),
    ...reply.suggestions.map((s) => s.label),
  ];
}

const NAMES = bot.commands.filter((c) => !c.hidden).map((c) => c.name);
const EXAMPLES = bot.commands.flatMap((c) => c.examples).filter((e) => e.includes(" "));
/** A command named right after words that introduce one ("run daily on", "Usage: help"). */
const BARE_AFTER = new RegExp(
  `(?:(?<!Can't )\\brun|\\bwith|\\btry|\\bType|\\btype|Usage:|Example:|one:|instead:)\\s+(?:${NAMES.join("|")})\\b`,
  "u",
);
/** Discord's `option:value` or `[option:value]` form. */
const DISCORD_OPTION = /(?:^|\s)\[?[a-z]+:[A-Za-z0-9|]/u;
/** Slack's positional form: `/ct <command> <word>` where the word is not an option. */
const SLACK_POSITIONAL = /\/ct [a-z]+ (?!\[?[a-z]+[:\]])\S/u;

/** Options written `name:value` in text on every platform (e.g. `search … source:<id>`). */
const KEYED = bot.commands.flatMap((c) => c.options.filter((o) => o.keyed).map((o) => o.name));
const KEYED_WORD = new RegExp(`(?:^|\\s)(?:${KEYED.join("|")}):\\S+`, "gu");

/** The other platforms' syntax found in `line`, or undefined. */
function wrongSyntax(text: string, platform: Platform): string | undefined {
  // A keyed option is the text syntax too, so it is no sign of Discord's in a text platform.
  const line = platform === "discord" || KEYED.length === 0 ? text : text.replace(KEYED_WORD, " ");
  if (platform === "console" || platform === "cli") {
    if (line.includes("/ct")) return "a /ct command in the terminal";
    if (DISCORD_OPTION.test(line) && /\b[a-z]+:[A-Za-z0-9]/u.test(line))
      return "a Discord option in the terminal";
    return undefined;
  }
  if (BARE_AFTER.test(line)) return "a command without /ct";
  for (const example of EXAMPLES) {
    const at = line.indexOf(example);
    if (at >= 0 && !line.slice(0, at).endsWith("/ct ")) return `"${example}" without /ct`;
  }
  if (platform === "slack" && DISCORD_OPTION.test(line)) return "a Discord option in Slack";
  if (platform === "discord" && SLACK_POSITIONAL.test(line)) return "Slack's syntax in Discord";
  return undefined;
}

describe("commands in replies are written in the platform's own syntax", () => {
  it.each(["console", "cli", "slack", "discord"] as const)(
    "no reply on %s shows another platform's syntax",
    async (platform) => {
      const problems = (await repliesOn(platform)).flatMap((reply) =>
        readable(reply).flatMap((line) => {
          const wrong = wrongSyntax(line, platform);
          return wrong ? [`${reply.invocation}: ${wrong}: ${line}`] : [];
        }),
      );
      expect(problems).toEqual([]);
    },
  );

  it("shows daily's usage as Discord options in Discord and as words after /ct in Slack", async () => {
    const discord = await bot.ask("daily bogus", { caller: { platform: "discord" } });
    expect(discord.intro).toContain(
      "Usage: /ct daily action:on|off|status|preview [time:HH:MM] [timezone:Europe/Paris] [days:everyday|weekdays] [lang:en|fr]",
    );
    const slack = await bot.ask("daily bogus", { caller: { platform: "slack" } });
    expect(slack.intro).toContain(
      "Usage: /ct daily on [HH:MM] [timezone] [weekdays|everyday] | off | status | preview",
    );
  });

  it("says how to turn daily posts back on in each platform's syntax (Slack: /ct daily on)", async () => {
    const caller: Caller = { platform: "slack", userId: "U1", channelId: "C9", workspaceId: "W1" };
    const dailyAccess = { ...access("slack", { allowed: true, canPost: true }) };
    dailyAccess.target = { workspaceId: "W1", channelId: "C9" };
    await bot.ask("daily on", { caller, dailyAccess });
    const off = await bot.ask("daily off", { caller, dailyAccess });
    expect(off.intro).toContain(
      "No more daily posts in this channel. Turn them back on any time with /ct daily on.",
    );
  });

  it("says in console help that daily works only in Slack and Discord", async () => {
    const help = await bot.ask("help", { caller: { platform: "console" } });
    const daily = help.entries.find((e) => e.command === "help daily");
    expect(daily?.detail).toContain("only in Slack and Discord");
    const one = await bot.ask("help daily", { caller: { platform: "console" } });
    expect(one.intro).toContain("Works only in Slack and Discord.");
    // Where it works, help does not say so.
    const slack = await bot.ask("help", { caller: { platform: "slack" } });
    expect(slack.entries.find((e) => e.command === "help daily")?.detail).not.toContain("only");
  });
});
