/**
 * App Home: opening the Home tab publishes a view built from the registry and the content.
 */
import { afterEach, describe, expect, it } from "vitest";
import { renderHome } from "../../../adapters/slack/render/home.js";
import { SLACK_HOME_BLOCKS_MAX } from "../../../adapters/slack/render/limits.js";
import { escapeMrkdwn } from "../../../adapters/slack/render/mrkdwn.js";
import { TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { testBot } from "../../helpers/content.js";
import { limitViolations } from "./block-limits.js";
import { SECRETS, type SlackHarness, startHarness, type Transport } from "./slack-harness.js";

describe.each<Transport>(["http", "socket"])("App Home over %s", (transport) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("publishes the Home tab with the commands, their examples, the topics and the dated source", async () => {
    h = await startHarness(transport);
    const opened = await h.openHome();
    expect(opened.status).toBe(200);
    const call = await h.fake.calls.waitFor((c) => c.method === "views.publish");
    expect(call.token).toBe(SECRETS.botToken);
    expect(call.args.user_id).toBe(TEST_USER.id);
    const view = call.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(limitViolations(view, { maxBlocks: SLACK_HOME_BLOCKS_MAX, checkBudget: false })).toEqual(
      [],
    );

    const text = JSON.stringify(view.blocks);
    for (const command of h.bot.commands) {
      for (const example of command.examples) {
        const shown = JSON.stringify(escapeMrkdwn(`/ct ${example}`)).slice(1, -1);
        if (command.hidden) expect(text).not.toContain(shown);
        else expect(text).toContain(shown);
      }
    }
    for (const topic of h.bot.content.topics) expect(text).toContain(escapeMrkdwn(topic.title));
    for (const source of h.bot.content.sources) {
      expect(text).toContain(escapeMrkdwn(source.title));
      expect(text).toContain(source.dateLabel);
    }
  });

  it("publishes nothing when the Messages tab is opened", async () => {
    h = await startHarness(transport);
    await h.openHome("messages");
    await h.runtime.stop();
    expect(h.fake.calls.all.filter((c) => c.method === "views.publish")).toEqual([]);
  });
});

describe("the Home tab in French", () => {
  it("lists the topics under their French titles and summaries", () => {
    const bot = testBot();
    const text = JSON.stringify(renderHome(bot, "fr").blocks);
    for (const topic of bot.content.topics) {
      expect(text).toContain(escapeMrkdwn(topic.french?.title ?? "no French title"));
      expect(text).toContain(escapeMrkdwn(topic.french?.summary ?? "no French summary"));
    }
    expect(text).not.toContain(escapeMrkdwn("The global coalition against Daesh"));
  });
});
