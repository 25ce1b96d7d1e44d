/**
 * HTTP interactions mode: signed POSTs to /discord/interactions on the shared server, answered
 * in the response body, with real Ed25519 signatures from a test key pair.
 */
import type { KeyObject } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../../src/commands/create-bot.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  pingInteraction,
} from "../../fakes/discord/interactions.js";
import { testBot } from "../../helpers/content.js";
import {
  applicationKeys,
  buttonsOf,
  embedText,
  type MessageData,
  placesOf,
  postInteraction,
  type RunningBot,
  startBot,
} from "./discord-harness.js";

let fake: FakeDiscord;
let keys: { publicKeyHex: string; privateKey: KeyObject };
let running: RunningBot;

/** HTTP mode as deployed behind a load balancer: a public key, no bot token. */
function httpEnv() {
  return { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: "" };
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  keys = applicationKeys();
  running = await startBot(fake, { env: httpEnv() });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

async function post(body: unknown) {
  const { status, json } = await postInteraction(running.url, body, keys.privateKey);
  return { status, ...(json as { type: number; data: MessageData }) };
}

describe("HTTP interactions endpoint", () => {
  it("answers PING with PONG", async () => {
    const answer = await postInteraction(running.url, pingInteraction(fake.appId), keys.privateKey);
    expect(answer).toEqual({ status: 200, json: { type: 1 } });
  });

  it("rejects a bad signature with 401", async () => {
    const good = await postInteraction(running.url, pingInteraction(fake.appId), keys.privateKey);
    expect(good.status).toBe(200);
    const forged = "ab".repeat(64);
    const answer = await postInteraction(
      running.url,
      pingInteraction(fake.appId),
      keys.privateKey,
      {
        signature: forged,
      },
    );
    expect(answer.status).toBe(401);
  });

  it("rejects a signature made for another timestamp with 401", async () => {
    const answer = await postInteraction(
      running.url,
      pingInteraction(fake.appId),
      keys.privateKey,
      {
        timestamp: "1700000000",
      },
    );
    expect(answer.status).toBe(401);
  });

  it("rejects a request without signature headers with 401", async () => {
    const answer = await postInteraction(
      running.url,
      pingInteraction(fake.appId),
      keys.privateKey,
      {
        signature: "",
        timestamp: "",
      },
    );
    expect(answer.status).toBe(401);
  });

  it("rejects a signature by another key with 401", async () => {
    const other = applicationKeys();
    const answer = await postInteraction(
      running.url,
      pingInteraction(fake.appId),
      other.privateKey,
    );
    expect(answer.status).toBe(401);
  });

  it("answers a slash command in the response body, ephemeral, allowing no mentions", async () => {
    const answer = await post(
      commandInteraction(placesOf(fake).guild, "partners", { name: "India" }),
    );
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedText(answer.data)).toContain("**India**");
  });

  it("answers in a DM with the bot, each excerpt cited", async () => {
    const answer = await post(commandInteraction(placesOf(fake).dm, "principles"));
    expect(answer.data.embeds?.length).toBeGreaterThan(1);
    expect(answer.data.embeds?.[0]?.footer?.text).toContain("March 2013");
  });

  it("pages with More by updating the message", async () => {
    const first = await post(
      commandInteraction(placesOf(fake).guild, "search", { query: "terrorism" }),
    );
    const more = buttonsOf(first.data).find((b) => b.label.startsWith("More"));
    const next = await post(buttonInteraction(placesOf(fake).guild, more?.custom_id ?? ""));
    expect(next.type).toBe(7);
    expect(next.data.embeds?.at(-1)?.footer?.text).toContain("Page 2 of 2");
  });

  it("answers autocomplete with choices", async () => {
    const answer = await post(
      autocompleteInteraction(placesOf(fake).guild, "partners", "name", "ind"),
    );
    expect(answer.type).toBe(8);
    expect(answer.data.choices).toContainEqual({ name: "India", value: "India" });
  });

  it("answers a signed body that is not an interaction with 400", async () => {
    const answer = await postInteraction(running.url, { hello: "world" }, keys.privateKey);
    expect(answer.status).toBe(400);
  });

  it("opens no gateway connection and needs no bot token", () => {
    expect(running.runtime.isReady()).toBe(true);
    expect(fake.gateway.identifies).toEqual([]);
    expect(fake.requests.filter((r) => r.path === "/v10/gateway/bot")).toEqual([]);
  });
});

describe("HTTP interactions when answers are slow or the process stops", () => {
  it("defers a slow answer, then edits it in through the interaction webhook", async () => {
    const bot = testBot();
    const slow: Bot = { ...bot, run: async (i, o) => (await delay(200)) ?? bot.run(i, o) };
    const replica = await startBot(fake, { env: httpEnv(), bot: slow, deferAfterMs: 20 });
    try {
      const interaction = commandInteraction(placesOf(fake).guild, "source");
      fake.expectInteraction(interaction);
      const from = fake.requests.length;
      const answer = await postInteraction(replica.url, interaction, keys.privateKey);
      expect(answer.json).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await fake.waitForRequest((r) => r.path.endsWith("/messages/@original"), from);
      expect(edit.status).toBe(200);
      expect(edit.headers.authorization).toBeUndefined();
      expect(edit.body).toMatchObject({ allowed_mentions: { parse: [] } });
    } finally {
      await replica.stop();
    }
  });

  it("refuses new interactions with 503 once stopping", async () => {
    const replica = await startBot(fake, { env: httpEnv() });
    await replica.runtime.stop();
    expect(replica.runtime.isReady()).toBe(false);
    const answer = await postInteraction(replica.url, pingInteraction(fake.appId), keys.privateKey);
    expect(answer.status).toBe(503);
    await replica.stop();
  });
});
