/**
 * Gateway mode when things go wrong: a handler that throws, an answer too slow for Discord's
 * 3 seconds, a callback Discord refuses; and what reaches the log.
 */
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../../src/commands/create-bot.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { commandInteraction } from "../../fakes/discord/interactions.js";
import { testBot } from "../../helpers/content.js";
import {
  embedText,
  interact,
  placesOf,
  type RunningBot,
  responseOf,
  startBot,
} from "./discord-harness.js";

const COLLEAGUE = "200000000000000042";
let fake: FakeDiscord;
const started: RunningBot[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  for (const running of started) await running.stop();
  await fake?.close();
});

/** Starts a bot, stopping the previous one: every connected client would get each dispatch. */
async function start(bot: Bot, deferAfterMs?: number): Promise<RunningBot> {
  await started.at(-1)?.stop();
  const running = await startBot(fake, {
    bot,
    ...(deferAfterMs === undefined ? {} : { deferAfterMs }),
  });
  started.push(running);
  return running;
}

/** A bot whose commands throw, as a bug in the adapter's path would. */
function failingBot(): Bot {
  return {
    ...testBot(),
    run: async () => {
      throw new Error("the index exploded");
    },
  };
}

/** A bot that takes `ms` to answer a command. */
function slowBot(ms: number): Bot {
  const bot = testBot();
  return {
    ...bot,
    run: async (invocation, options) => (await delay(ms)) ?? bot.run(invocation, options),
  };
}

describe("failures over the gateway", () => {
  it("a thrown error answers ephemerally with an apology and a reference logged with the same id", async () => {
    const running = await start(failingBot());
    const { type, data } = responseOf(
      await interact(fake, commandInteraction(placesOf(fake).guild, "principles")),
    );
    expect(type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const reference = /reference ([0-9a-f]{8})/u.exec(embedText(data))?.[1];
    expect(reference).toBeDefined();
    const logged = running.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ msg: "interaction failed", reference, level: 50 }),
    );
  });

  it("keeps answering after a failure", async () => {
    await start(failingBot());
    await interact(fake, commandInteraction(placesOf(fake).guild, "help"));
    const again = await interact(fake, commandInteraction(placesOf(fake).guild, "help"));
    expect(again.status).toBe(204);
  });

  it("defers a slow answer ephemerally, then edits it in through the interaction webhook", async () => {
    await start(slowBot(200), 20);
    const interaction = commandInteraction(placesOf(fake).guild, "partners", { name: "India" });
    const from = fake.requests.length;
    const callback = await interact(fake, interaction);
    expect(responseOf(callback)).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitForRequest((r) => r.path.endsWith("/messages/@original"), from);
    expect(edit.method).toBe("PATCH");
    expect(edit.path).toBe(`/v10/webhooks/${fake.appId}/${interaction.token}/messages/@original`);
    expect(edit.headers.authorization).toBeUndefined();
    expect(edit.status).toBe(200);
    const body = edit.body as { flags?: number; allowed_mentions: unknown; embeds: unknown[] };
    expect(body.flags).toBeUndefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds.length).toBeGreaterThan(0);
  });

  it("defers a mention publicly, and the edit may notify only that user", async () => {
    await start(slowBot(200), 20);
    const interaction = commandInteraction(
      placesOf(fake).guild,
      "partners",
      { name: "India" },
      COLLEAGUE,
    );
    const from = fake.requests.length;
    expect(responseOf(await interact(fake, interaction))).toEqual({ type: 5, data: {} });
    const edit = await fake.waitForRequest((r) => r.path.endsWith("/messages/@original"), from);
    expect(edit.body).toMatchObject({
      content: `Suggested for <@${COLLEAGUE}>`,
      allowed_mentions: { parse: [], users: [COLLEAGUE] },
    });
  });

  it("logs a callback Discord refuses without the interaction token, and survives", async () => {
    const running = await start(testBot());
    const unknown = commandInteraction(placesOf(fake).guild, "help");
    const from = fake.requests.length;
    // Dispatched without telling the REST API: the callback gets 404 Unknown interaction.
    fake.gateway.dispatch("INTERACTION_CREATE", unknown);
    const refused = await fake.waitForRequest((r) => r.path.includes(unknown.id), from);
    expect(refused.status).toBe(404);
    await expect
      .poll(() => running.logs.some((l) => l.includes("could not answer an interaction")))
      .toBe(true);
    const ok = await interact(fake, commandInteraction(placesOf(fake).guild, "help"));
    expect(ok.status).toBe(204);
  });

  it("fails start-up with a clear message, without the token, when Discord refuses it", async () => {
    const token = "refused-token-0123456789";
    const start = startBot(fake, { env: { DISCORD_TOKEN: token } });
    // The refusal is fatal at start-up (issue 15, item 5): it names the variable to fix and
    // keeps Discord's own words.
    await expect(start).rejects.toMatchObject({ code: "discord_token_refused" });
    await expect(start).rejects.toThrow(/DISCORD_TOKEN.*An invalid token was provided\./u);
    await start.catch((error: Error) => expect(error.message).not.toContain(token));
  });

  it("never writes the bot token or an interaction token to the log", () => {
    const logs = started.flatMap((r) => r.logs).join("\n");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(fake.botToken);
    expect(logs).not.toContain("interaction-token-");
  });
});
