/**
 * A daily subscription's language on Discord: without `lang`, the channel's card takes the
 * server's language (`guild_locale`); with `lang` it takes that one; `daily status` shows it in
 * the asker's language, and the cards in the channel are posted in the subscription's.
 * Real discord.js client, real SQLite store, real scheduler, manual clock.
 */
import { afterEach, describe, expect, it } from "vitest";
import { bundledContent } from "../../helpers/content.js";
import { type DailyRig, startDailyRig } from "./daily-setup.js";
import type { MessageData } from "./discord-harness.js";

/** Tuesday 3 March 2026, 09:00 in Paris (UTC+1). */
const TUESDAY_POST = "2026-03-03T08:00:00Z";
const FRENCH_SERVER = { locale: "en-US", guild_locale: "fr" };

const titlesPosted = (rig: DailyRig) =>
  rig.fake.channels
    .postsIn(rig.fake.channelId)
    .map((p) => (p.body as MessageData).embeds?.[0]?.title);

describe("daily posts in a chosen language on Discord", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it("posts in the server's language when daily on names none", async () => {
    rig = await startDailyRig();
    const on = await rig.ask({ action: "on" }, rig.place, FRENCH_SERVER);
    expect(on.text).toContain("Daily facts are on");
    expect(await rig.subscription()).toMatchObject({ language: "fr" });
    expect(titlesPosted(rig)).toEqual(["Les faits quotidiens sont activés dans ce salon"]);

    rig.clock.set(TUESDAY_POST);
    expect(await rig.scheduler.tick()).toMatchObject({ sent: 1 });
    expect(titlesPosted(rig).at(-1)).toBe("Le fait du jour");
    const card = rig.fake.channels.postsIn(rig.fake.channelId).at(-1)?.body as MessageData;
    expect(card.embeds?.[0]?.description).toContain("Extrait (en anglais) :");
    // Our headline in French (bold) over the quote, verbatim in English.
    const shown = JSON.stringify(card.embeds);
    const fact = bundledContent().facts.find((f) =>
      shown.includes(JSON.stringify(f.quote).slice(1, -1)),
    );
    expect(fact?.frenchHeadline).toBeDefined();
    expect(shown).toContain(`**${fact?.frenchHeadline}**`);
  });

  it("round-trips lang:en on a French server, and shows the language in status for a French client", async () => {
    rig = await startDailyRig();
    await rig.ask(
      { action: "on", time: "09:00", timezone: "Europe/Paris", lang: "en" },
      rig.place,
      FRENCH_SERVER,
    );
    expect(await rig.subscription()).toMatchObject({ language: "en" });
    const status = await rig.ask({ action: "status" }, rig.place, {
      locale: "fr",
      guild_locale: "fr",
    });
    expect(status.data.embeds?.[0]?.title).toBe("Faits quotidiens de ce salon");
    expect(status.data.embeds?.[0]?.fields).toContainEqual({ name: "Langue", value: "anglais" });
    rig.clock.set(TUESDAY_POST);
    await rig.scheduler.tick();
    expect(titlesPosted(rig).at(-1)).toBe("Fact of the day");
  });

  it("refuses a member without Manage Channels in French for a French client", async () => {
    rig = await startDailyRig();
    const refused = await rig.ask(
      { action: "on" },
      { ...rig.place, memberPermissions: "0" },
      {
        locale: "fr",
      },
    );
    expect(refused.text).toContain("Non autorisé");
    expect(refused.text).toContain("les membres qui ont la permission Gérer les salons");
  });
});
