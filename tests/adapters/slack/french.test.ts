/**
 * Slack in French: the person's locale comes from users.info (`include_locale`), is cached,
 * and sets the language of the answer; SLACK_DEFAULT_LANG covers people whose locale is not
 * one ct-bot speaks. Through the real Bolt app and the fake Slack.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { buttonsOf, contextTexts, headerText, sectionTexts } from "./message-parts.js";
import { type SlackHarness, startHarness } from "./slack-harness.js";

const french = { userId: FAKE_USERS.french.id, userName: FAKE_USERS.french.name };

describe("Slack in French", () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("answers a French user in French, the excerpts verbatim and introduced as English", async () => {
    h = await startHarness("http");
    const sent = await h.commandFrom(french, "principles");
    const { body } = await h.response(sent.id);
    expect(headerText(body)).toBe(
      "Les cinq principes de l’action de la France contre le terrorisme",
    );
    const shown = sectionTexts(body).join("\n");
    expect(shown).toContain("Extraits (en anglais) :");
    const english = await h.bot.ask("principles");
    for (const item of english.items) expect(shown).toContain(item.text.slice(0, 50));
    expect(contextTexts(body).filter((t) => t.startsWith("Source : "))).toHaveLength(5);
    expect(buttonsOf(body).map((b) => b.text.text)).toContain("Partager dans le salon");
    const lookups = h.fake.callsOf("users.info");
    expect(lookups.map((c) => [c.args.user, c.args.include_locale])).toEqual([
      [french.userId, "true"],
    ]);
  });

  it("asks Slack for a person's locale once, then remembers it", async () => {
    h = await startHarness("http");
    for (const text of ["aide", "sources"])
      await h.response((await h.commandFrom(french, text)).id);
    expect(h.fake.callsOf("users.info")).toHaveLength(1);
  });

  it("answers an English user in English, even when they type a French command name", async () => {
    h = await startHarness("http");
    const { body } = await h.response((await h.command("principes")).id);
    expect(headerText(body)).toBe("The five principles of France’s counter-terrorism action");
  });

  it("falls back to SLACK_DEFAULT_LANG when Slack cannot give the locale", async () => {
    h = await startHarness("http", { env: { SLACK_DEFAULT_LANG: "fr" } });
    h.fake.faults.add({
      method: "users.info",
      fault: { kind: "slack-error", error: "missing_scope" },
    });
    const { body } = await h.response((await h.command("search zzqxv")).id);
    expect(headerText(body)).toBe("Aucun résultat");
  });
});
