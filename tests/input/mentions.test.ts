/**
 * Mentions, channel references and links are never "corrected" nor echoed as markup: the
 * input layer turns Slack's and Discord's markup into plain tokens (`@admins`, `#general`, the
 * URL) and the search offers no correction for them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackHarness, startHarness } from "../adapters/slack/slack-harness.js";
import { testBot } from "../helpers/content.js";

const FORMS = [
  "<!subteam^S0ADMINS|@admins>",
  "<!subteam^S0ADMINS>",
  "<@U0ALICE1|alice>",
  "<@U0ALICE1>",
  "<#C0GENERAL|general>",
  "<https://example.org/admins|admins>",
  "<!here>",
  "<@200000000000000001>",
  "<@!200000000000000001>",
  "<@&300000000000000001>",
  "<#400000000000000001>",
  "@admins",
  "#admins",
  "https://example.org/admins",
];

describe("mentions in the core", () => {
  it.each(FORMS)("never corrects nor echoes the markup of %s", async (form) => {
    const reply = await testBot().ask(`search ${form} terorism`);
    const shown = JSON.stringify(reply);
    expect(shown).not.toMatch(/<[@#!]|<https?:/u);
    // Whatever is suggested keeps the mention's own name: only other words may change.
    const token = /[@#][\w&]+|https:\/\/\S+/u.exec(shown)?.[0];
    for (const suggestion of reply.suggestions) {
      const text = JSON.stringify(suggestion);
      if (token) expect(text).toContain(token);
    }
  });

  it("never rewrites @admins into @aiming", async () => {
    const reply = await testBot().ask("search @admins");
    expect(JSON.stringify(reply)).not.toContain("aiming");
  });
});

describe("mentions typed in Slack", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness("http");
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows a user-group mention as @admins, with no correction and no markup in buttons", async () => {
    const sent = await h.command("search <!subteam^S0ADMINS|@admins>");
    const { body } = await h.response(sent.id);
    const text = JSON.stringify(body);
    expect(text).not.toContain("subteam");
    expect(text).not.toContain("aiming");
    expect(text).toContain("@admins");
  });
});
