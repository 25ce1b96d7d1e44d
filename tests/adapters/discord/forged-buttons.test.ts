/**
 * A share button's payload is not trusted on Discord either: the click is answered in the
 * channel only when the answer the clicker gets now is shareable.
 */
import type { KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { buttonInteraction } from "../../fakes/discord/interactions.js";
import {
  applicationKeys,
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

beforeAll(async () => {
  fake = await startFakeDiscord();
  keys = applicationKeys();
  running = await startBot(fake, {
    env: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: "" },
  });
});
afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

async function share(invocation: string) {
  const { json } = await postInteraction(
    running.url,
    buttonInteraction(placesOf(fake).guild, `ct1:s:1:${invocation}`),
    keys.privateKey,
  );
  const { type, data } = json as { type: number; data: MessageData };
  return { type, data, ephemeral: ((data.flags ?? 0) & 64) !== 0 };
}

describe("forged share buttons on Discord", () => {
  it.each(["daily preview", "daily status", "daily on", "search zzqxv", "partners Atlantis"])(
    "answers a share of `%s` privately",
    async (invocation) => {
      const answer = await share(invocation);
      expect(answer.type).toBe(4);
      expect(answer.ephemeral).toBe(true);
      expect(JSON.stringify(answer.data)).toContain("This answer cannot be shared");
    },
  );

  it.each(["principles", "partners India"])(
    "posts a share of `%s` in the channel",
    async (invocation) => {
      const answer = await share(invocation);
      expect(answer.ephemeral).toBe(false);
      expect(embedText(answer.data).length).toBeGreaterThan(0);
    },
  );
});
