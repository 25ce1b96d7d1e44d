/**
 * `/ct` end to end through the real Bolt app, in both transports, against the fake Slack.
 */
import { afterEach, describe, expect, it } from "vitest";
import { escapeMrkdwn } from "../../../adapters/slack/render/mrkdwn.js";
import { TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { contextTexts, headerText, sectionTexts } from "./message-parts.js";
import { SECRETS, type SlackHarness, startHarness, type Transport } from "./slack-harness.js";

describe.each<Transport>(["http", "socket"])("/ct over %s", (transport) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("answers a signed /ct principles privately, quoting each principle with its citation", async () => {
    h = await startHarness(transport);
    const sent = await h.command("principles");
    expect(sent.status).toBe(200);
    const { body } = await h.response(sent.id);

    const expected = await h.bot.ask("principles", { caller: { platform: "slack" } });
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toEqual(expect.any(String));
    expect(headerText(body)).toBe(expected.title);
    const shown = sectionTexts(body).join("\n");
    expect(expected.items.length).toBe(5);
    for (const item of expected.items) expect(shown).toContain(escapeMrkdwn(item.text));
    expect(contextTexts(body).filter((t) => t.startsWith("Source:"))).toHaveLength(5);
    expect(contextTexts(body)[0]).toContain(escapeMrkdwn(expected.items[0]?.citation.date ?? "?"));
  });

  it("reads Slack's own escaping of the command text as what the person typed", async () => {
    h = await startHarness(transport);
    // Slack may send `<b>` typed by the person as `&lt;b&gt;`: shown back once escaped, not twice.
    const sent = await h.command("search zzzq &lt;b&gt; &amp;");
    const { body } = await h.response(sent.id);
    const shown = sectionTexts(body).join("\n");
    expect(shown).toContain("“zzzq &lt;b&gt; &amp;”");
    expect(shown).not.toContain("&amp;lt;");
  });

  it("shows <!channel>, <@U123> and links typed in a query as text, never as mentions or links", async () => {
    h = await startHarness(transport);
    const sent = await h.command("search <!channel> zzzq <@U123> <http://evil.example|click>");
    const { body } = await h.response(sent.id);
    const json = JSON.stringify(body);
    expect(json).not.toContain("<!channel>");
    expect(json).not.toContain("<@U123>");
    expect(json).not.toContain("<http://evil.example");
    // Mentions and links are read as the plain words they show (issue 10, item 13): echoed as
    // text, never as markup that would notify or link.
    expect(sectionTexts(body).join("\n")).toContain("@channel zzzq @U123 http://evil.ex");
    expect(body.text).not.toContain("<!channel>");
  });

  it("passes the caller (platform, user, name, channel, workspace) to the bot", async () => {
    const callers: unknown[] = [];
    h = await startHarness(transport, {
      wrapBot: (bot) => ({
        ...bot,
        ask: (text, options) => {
          callers.push(options?.caller);
          return bot.ask(text, options);
        },
      }),
    });
    const sent = await h.command("source");
    await h.response(sent.id);
    expect(callers).toEqual([
      {
        platform: "slack",
        userId: TEST_USER.id,
        userName: TEST_USER.name,
        channelId: TEST_USER.channel,
        isDirectMessage: false,
        workspaceId: TEST_USER.team,
        // The person's Slack locale (users.info), English for the fake's en-US users.
        language: "en",
      },
    ]);
  });

  it("calls the Web API at SLACK_API_URL with the bot token, and never logs a token or secret", async () => {
    h = await startHarness(transport);
    const sent = await h.command("search financing");
    await h.response(sent.id);
    const authTest = await h.fake.calls.waitFor((c) => c.method === "auth.test");
    expect(authTest.token).toBe(SECRETS.botToken);
    if (transport === "socket") {
      const open = await h.fake.calls.waitFor((c) => c.method === "apps.connections.open");
      expect(open.token).toBe(SECRETS.appToken);
    }
    expect(h.logs.length).toBeGreaterThan(0);
    for (const secret of Object.values(SECRETS)) expect(h.logText()).not.toContain(secret);
  });
});
