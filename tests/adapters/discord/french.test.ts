/**
 * Discord in French: an interaction whose `locale` is `fr` gets French titles, intros and
 * buttons, the excerpts still verbatim in English and introduced as such; the same command
 * from an `en-US` client stays English. Through the real discord.js client and the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../../src/commands/create-bot.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { autocompleteInteraction, commandInteraction } from "../../fakes/discord/interactions.js";
import { bundledContent } from "../../helpers/content.js";
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
const english = createBot({ content: bundledContent() });

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
  running = await startBot(fake);
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

/** `/ct <subcommand>` from a Discord client set to `locale`. */
const ask = async (locale: string, subcommand: string, options: Record<string, string> = {}) => {
  const interaction = { ...commandInteraction(placesOf(fake).guild, subcommand, options), locale };
  return responseOf(await interact(fake, interaction)).data;
};

/** Autocomplete choices for `/ct <subcommand> <option>:<typed>` from a client set to `locale`. */
const complete = async (locale: string, subcommand: string, option: string, typed: string) => {
  const interaction = {
    ...autocompleteInteraction(placesOf(fake).guild, subcommand, option, typed),
    locale,
  };
  const body = (await interact(fake, interaction)).body as {
    data: { choices: Array<{ name: string; value: string }> };
  };
  return body.data.choices;
};

describe("Discord autocomplete in French", () => {
  it("shows French names and titles, and sends back what the command reads", async () => {
    expect(await complete("fr", "partners", "name", "ind")).toContainEqual({
      name: "Inde",
      value: "India",
    });
    expect(await complete("fr", "partners", "name", "nations")).toContainEqual({
      name: "Nations unies",
      value: "United Nations",
    });
    expect(await complete("fr", "topics", "name", "princ")).toContainEqual({
      name: "Les cinq principes",
      value: "principles",
    });
    // French words find the French title.
    expect(await complete("fr", "topics", "name", "financement")).toContainEqual({
      name: "Le financement du terrorisme",
      value: "terrorist-financing",
    });
  });

  it("keeps English choices for an en-US client", async () => {
    expect(await complete("en-US", "partners", "name", "ind")).toContainEqual({
      name: "India",
      value: "India",
    });
    expect(await complete("en-US", "topics", "name", "princ")).toContainEqual({
      name: "The five principles",
      value: "principles",
    });
  });
});

describe("Discord in French", () => {
  it("answers /ct principles in French for a French client, quoting the English text verbatim", async () => {
    const data = await ask("fr", "principles");
    const text = embedText(data);
    expect(data.embeds?.[0]?.title).toBe(
      "Les cinq principes de l’action de la France contre le terrorisme",
    );
    expect(text).toContain("Extraits (en anglais) :");
    const reference = await english.ask("principles");
    for (const item of reference.items) expect(text).toContain(item.text.slice(0, 60));
    // The citation keeps the source's own (English) title.
    expect(text).toContain("The principles of France’s counter-terrorism action");
    expect(buttonsOf(data).map((b) => b.label)).toContain("Publier dans le salon");
  });

  it("keeps English for an en-US client", async () => {
    const data = await ask("en-US", "principles");
    expect(data.embeds?.[0]?.title).toBe(
      "The five principles of France’s counter-terrorism action",
    );
    expect(embedText(data)).not.toContain("Extrait");
    expect(buttonsOf(data).map((b) => b.label)).toContain("Post to channel");
  });

  it("writes help in French with the French command names", async () => {
    const text = embedText(await ask("fr", "help"));
    expect(text).toContain("ct-bot : la doctrine antiterroriste de la France, citée et sourcée");
    expect(text).toContain("/ct principes");
    expect(text).toContain("/ct partenaires");
    expect(text).toContain("Les partenaires de la France contre le terrorisme");
    expect(text).toContain("/ct quotidien");
  });

  it("says 'nothing found' in French, echoing the query", async () => {
    const text = embedText(await ask("fr", "search", { query: "zzqxv" }));
    expect(text).toContain("Aucun résultat");
    expect(text).toContain("Rien dans le document ne correspond à « zzqxv ».");
  });
});
