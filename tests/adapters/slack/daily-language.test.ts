/**
 * A daily subscription's language on Slack: `daily on 09:00 Europe/Paris lang:fr` saves French,
 * `daily status` shows it, and both the confirmation card and the daily fact card are posted
 * in French, whoever asked; without `lang:` the card takes SLACK_DEFAULT_LANG, else English.
 * Real Bolt app, real SQLite store, real scheduler, manual clock.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { bundledContent } from "../../helpers/content.js";
import { limitViolations } from "./block-limits.js";
import { type DailyRig, startDailyRig } from "./daily-setup.js";
import { headerText, sectionTexts } from "./message-parts.js";

const CHANNEL = TEST_USER.channel;
const admin = { userId: FAKE_USERS.admin.id };
const frenchAdmin = { userId: FAKE_USERS.frenchAdmin.id };
/** Tuesday 3 March 2026, 09:00 in Paris (UTC+1). */
const TUESDAY_POST = "2026-03-03T08:00:00Z";

describe("daily posts in a chosen language on Slack", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it("round-trips lang:fr: saved, shown by status, and used for the cards an English admin set up", async () => {
    rig = await startDailyRig();
    const on = await rig.ask(admin, "daily on 09:00 Europe/Paris lang:fr");
    // The admin reads English; the channel gets French.
    expect(on.text).toContain("Daily facts are on");
    expect(await rig.subscription(CHANNEL)).toMatchObject({ language: "fr" });
    const [confirmation] = rig.h.fake.postsIn(CHANNEL);
    expect(headerText(confirmation?.args)).toBe("Les faits quotidiens sont activés dans ce salon");
    expect(sectionTexts(confirmation?.args).join("\n")).toContain(
      "09:00 Europe/Paris, tous les jours",
    );

    const status = await rig.ask(admin, "daily status");
    expect(status.text).toContain("*Language*");
    expect(status.text).toContain("French");
    const statut = await rig.ask(frenchAdmin, "quotidien status");
    expect(statut.text).toContain("*Langue*");
    expect(statut.text).toContain("français");

    rig.clock.set(TUESDAY_POST);
    expect(await rig.scheduler.tick()).toMatchObject({ claimed: 1, sent: 1 });
    const card = rig.h.fake.postsIn(CHANNEL).at(-1)?.args as { text: string; blocks: unknown[] };
    expect(headerText(card)).toBe("Le fait du jour");
    expect(sectionTexts(card).join("\n")).toContain("Extrait (en anglais) :");
    // Our headline in French over the quote, verbatim in English.
    const body = sectionTexts(card).join("\n");
    const fact = bundledContent().facts.find((f) => body.includes(f.quote));
    expect(fact?.frenchHeadline).toBeDefined();
    expect(body).toContain(`*${fact?.frenchHeadline}*`);
    expect(limitViolations(card)).toEqual([]);
  });

  it("keeps the language when daily on changes only the time, and lang:en switches back", async () => {
    rig = await startDailyRig();
    await rig.ask(admin, "daily on lang:fr");
    await rig.ask(admin, "daily on 10:30");
    expect(await rig.subscription(CHANNEL)).toMatchObject({ time: "10:30", language: "fr" });
    await rig.ask(admin, "daily on lang:en");
    expect(await rig.subscription(CHANNEL)).toMatchObject({ language: "en" });
  });

  it("posts in SLACK_DEFAULT_LANG when daily on names no language", async () => {
    rig = await startDailyRig({ env: { SLACK_DEFAULT_LANG: "fr" } });
    await rig.ask(admin, "daily on");
    expect(await rig.subscription(CHANNEL)).toMatchObject({ language: "fr" });
    rig.clock.set(TUESDAY_POST);
    await rig.scheduler.tick();
    expect(headerText(rig.h.fake.postsIn(CHANNEL).at(-1)?.args)).toBe("Le fait du jour");
  });

  it("refuses a regular member in French when their Slack is in French", async () => {
    rig = await startDailyRig();
    const { text } = await rig.ask({ userId: FAKE_USERS.french.id }, "quotidien on");
    expect(text).toContain("Non autorisé");
    expect(text).toContain(
      "Seuls les administrateurs et propriétaires de l’espace de travail, les personnes listées dans le réglage CT_DAILY_ADMINS du bot (personne pour l’instant) et (une fois activés) la personne qui les a activés peuvent programmer des publications quotidiennes ici.",
    );
  });

  it("refuses a language it does not speak, in the caller's language", async () => {
    rig = await startDailyRig();
    expect((await rig.ask(admin, "daily on lang:de")).text).toContain(
      "“de” is not a language I speak. Use en or fr.",
    );
    expect((await rig.ask(frenchAdmin, "daily on lang:de")).text).toContain(
      "Je ne parle pas la langue « de ». Utilisez en ou fr.",
    );
    expect(await rig.subscription(CHANNEL)).toBeUndefined();
  });
});
