/**
 * Buttons end to end: Share in channel, More, Read in full, "did you mean" suggestions,
 * in both transports.
 */
import { afterEach, describe, expect, it } from "vitest";
import { escapeMrkdwn } from "../../../adapters/slack/render/mrkdwn.js";
import { TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { buttonOf, buttonsOf, contextTexts, headerText, sectionTexts } from "./message-parts.js";
import { type SlackHarness, startHarness, type Transport } from "./slack-harness.js";

const SLACK = { caller: { platform: "slack" as const } };

describe.each<Transport>(["http", "socket"])("buttons over %s", (transport) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("Share in channel posts the same answer publicly, saying who shared it", async () => {
    h = await startHarness(transport);
    const asked = await h.command("partners India");
    const answer = (await h.response(asked.id)).body;
    const click = await h.click(buttonOf(answer, "share", "Share in channel"));
    const { body } = await h.response(click.id);

    expect(body.response_type).toBe("in_channel");
    expect(body.replace_original).toBe(false);
    expect(contextTexts(body)).toContain(`Shared by <@${TEST_USER.id}>`);
    expect(headerText(body)).toBe(headerText(answer));
    expect(sectionTexts(body)).toEqual(sectionTexts(answer));
    // A public message offers neither sharing again nor paging (which would replace it for all).
    expect(buttonsOf(body).filter((b) => /^ct-(share|page)-/u.test(b.action_id))).toEqual([]);
  });

  it("More replaces the message with page 2 of the same answer", async () => {
    h = await startHarness(transport);
    const asked = await h.command("search terrorism");
    const first = (await h.response(asked.id)).body;
    const more = buttonsOf(first).find((b) => b.text.text.startsWith("More"));
    expect(more?.action_id).toMatch(/^ct-page-/u);
    const click = await h.click(more ?? buttonOf(first, "page"));
    const { body } = await h.response(click.id);

    const page2 = await h.bot.ask("search terrorism", { ...SLACK, page: 2 });
    expect(page2.page.number).toBe(2);
    expect(body.replace_original).toBe(true);
    expect(body.response_type).toBe("ephemeral");
    expect(contextTexts(body)).toContain(`Page 2 of ${page2.page.count}`);
    // Each search result shown cut carries a "Read in full" button naming its passage.
    const opened = buttonsOf(body)
      .filter((b) => b.action_id.startsWith("ct-open-"))
      .map((b) => b.value.split(" ").at(-1));
    expect(opened).toEqual(page2.items.filter((i) => i.snippet).map((item) => item.passageId));
    expect(page2.items.length).toBeGreaterThan(0);
    expect(buttonOf(body, "page", "Previous")).toBeDefined();
  });

  it("Read in full opens the passage whole in a new private message", async () => {
    h = await startHarness(transport);
    const asked = await h.command("search terrorism");
    const results = (await h.response(asked.id)).body;
    const open = buttonOf(results, "open", "Read in full");
    const passageId = open.value.split(" ").at(-1) ?? "";
    const click = await h.click(open);
    const { body } = await h.response(click.id);

    const passage = h.bot.content.passageById.get(passageId);
    expect(passage).toBeDefined();
    expect(body.replace_original).toBe(false);
    expect(body.response_type).toBe("ephemeral");
    expect(sectionTexts(body).join("\n")).toContain(escapeMrkdwn(passage?.text ?? "?"));
  });

  it("a did-you-mean suggestion runs the suggested search in place of the notice", async () => {
    h = await startHarness(transport);
    // Too short to correct on its own (issue 11.5 corrects longer typos such as "ungaa").
    const asked = await h.command("search Inda");
    const notice = (await h.response(asked.id)).body;
    const suggestion = buttonOf(notice, "suggest");
    const click = await h.click(suggestion);
    const { body } = await h.response(click.id);

    const expected = await h.bot.ask(`search ${suggestion.text.text}`, SLACK);
    expect(body.replace_original).toBe(true);
    expect(headerText(body)).toBe(expected.title);
  });

  it("answers a button it cannot read by saying it no longer works", async () => {
    h = await startHarness(transport);
    const click = await h.click({
      action_id: "ct-page-0",
      value: "garbage",
      text: { text: "More" },
    });
    const { body } = await h.response(click.id);
    expect(headerText(body)).toBe("This button no longer works");
    expect(body.response_type).toBe("ephemeral");
  });
});
