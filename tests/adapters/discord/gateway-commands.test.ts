/**
 * Gateway mode, slash commands and autocomplete: the real discord.js client against the fake
 * Discord, answers checked on the wire (the callback requests the fake received).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { autocompleteInteraction, commandInteraction } from "../../fakes/discord/interactions.js";
import {
  buttonsOf,
  embedText,
  interact,
  placesOf,
  type RunningBot,
  responseOf,
  startBot,
} from "./discord-harness.js";

let fake: FakeDiscord;
let running: RunningBot;

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
  running = await startBot(fake);
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

describe("Discord gateway session", () => {
  it("identifies with the bot token and the Guilds intent only", () => {
    expect(fake.gateway.identifies).toEqual([{ token: fake.botToken, intents: 1, shard: [0, 1] }]);
  });

  it("is ready once READY and GUILD_CREATE arrived, and keeps heartbeating", async () => {
    await expect.poll(() => running.runtime.isReady()).toBe(true);
    await expect.poll(() => fake.gateway.heartbeats, { timeout: 15_000 }).toBeGreaterThan(1);
  });

  it("fetches the gateway URL from GET /v10/gateway/bot with the bot token", () => {
    const request = fake.requests.find((r) => r.path === "/v10/gateway/bot");
    expect(request?.headers.authorization).toBe(`Bot ${fake.botToken}`);
  });
});

describe("/ct subcommands over the gateway", () => {
  const cases: Array<[string, Record<string, string>, (text: string) => void]> = [
    ["principles", {}, (t) => expect(t).toMatch(/principles/iu)],
    ["partners", {}, (t) => expect(t).toContain("India")],
    ["partners", { name: "India" }, (t) => expect(t).toContain("**India**")],
    ["forums", { name: "GCTF" }, (t) => expect(t).toContain("Global Counter-Terrorism Forum")],
    ["topics", {}, (t) => expect(t).toContain("The five principles")],
    ["search", { query: "terrorist threat" }, (t) => expect(t).toContain("**threat**")],
    ["fact", {}, (t) => expect(t).toContain("March 2013")],
    [
      "daily",
      { action: "status" },
      (t) => expect(t).toContain("Daily posts are not available here"),
    ],
    ["source", {}, (t) => expect(t).toContain("French Ministry of Foreign Affairs")],
    ["help", {}, (t) => expect(t).toContain("/ct partners")],
  ];

  it.each(cases)(
    "answers /ct %s %o ephemerally with embeds that allow no mentions",
    async (name, options, check) => {
      const callback = await interact(
        fake,
        commandInteraction(placesOf(fake).guild, name, options),
      );
      expect(callback.status).toBe(204);
      const { type, data } = responseOf(callback);
      expect(type).toBe(4);
      expect(data.flags).toBe(64);
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.embeds?.[0]?.title).toBeTruthy();
      check(embedText(data));
    },
  );

  it("cites every excerpt in its embed's footer", async () => {
    const { data } = responseOf(
      await interact(fake, commandInteraction(placesOf(fake).guild, "principles")),
    );
    expect(data.embeds?.length).toBeGreaterThan(1);
    for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain("March 2013");
  });

  it("shows list entries as embed fields", async () => {
    const { data } = responseOf(
      await interact(fake, commandInteraction(placesOf(fake).guild, "topics")),
    );
    expect(data.embeds?.[0]?.fields?.map((f) => f.name)).toContain("The five principles");
  });

  it("offers Post to channel on an answer, and not on a notice", async () => {
    const answer = responseOf(
      await interact(fake, commandInteraction(placesOf(fake).guild, "partners", { name: "India" })),
    );
    expect(buttonsOf(answer.data).map((b) => b.label)).toContain("Post to channel");
    const notice = responseOf(
      await interact(
        fake,
        commandInteraction(placesOf(fake).guild, "partners", { name: "Atlantis" }),
      ),
    );
    expect(buttonsOf(notice.data).map((b) => b.label)).not.toContain("Post to channel");
  });

  it("answers in a DM with the bot", async () => {
    const callback = await interact(
      fake,
      commandInteraction(placesOf(fake).dm, "search", { query: "financing" }),
    );
    expect(callback.status).toBe(204);
    expect(embedText(responseOf(callback).data)).toContain("financing");
  });
});

describe("autocomplete over the gateway", () => {
  it("suggests partners from what was typed, within Discord's choice limits", async () => {
    const callback = await interact(
      fake,
      autocompleteInteraction(placesOf(fake).guild, "partners", "name", "ind"),
    );
    const { type, data } = responseOf(callback);
    expect(type).toBe(8);
    expect(data.choices).toContainEqual({ name: "India", value: "India" });
    expect(data.choices?.length).toBeLessThanOrEqual(25);
  });

  it("suggests forums by alias", async () => {
    const { data } = responseOf(
      await interact(fake, autocompleteInteraction(placesOf(fake).guild, "forums", "name", "gct")),
    );
    expect(data.choices?.map((c) => c.value)).toContain("Global Counter-Terrorism Forum");
  });

  it("suggests search terms", async () => {
    const { data } = responseOf(
      await interact(fake, autocompleteInteraction(placesOf(fake).guild, "search", "query", "fin")),
    );
    expect(data.choices?.length).toBeGreaterThan(0);
    for (const choice of data.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it("answers an option without a source with no choices", async () => {
    const { type, data } = responseOf(
      await interact(fake, autocompleteInteraction(placesOf(fake).guild, "help", "command", "se")),
    );
    expect(type).toBe(8);
    expect(data.choices).toEqual([]);
  });
});
