/**
 * A button's payload is not trusted: a share click is posted in the channel only when the
 * answer the clicker gets now is shareable, and the channel a click acts on is Slack's (where
 * the clicked message is), never the payload's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { buttonClick, TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { type DailyRig, startDailyRig, textOf } from "./daily-setup.js";

let rig: DailyRig;
beforeAll(async () => {
  rig = await startDailyRig();
});
afterAll(async () => {
  await rig?.close();
});

/** Clicks a forged button whose value is `value`; `edit` changes the payload Slack would send. */
async function click(value: string, edit: (payload: Record<string, unknown>) => void = () => {}) {
  const target = rig.h.fake.responseUrl();
  const payload = buttonClick(
    { action_id: "ct-share-0", value, text: { text: "Share" } },
    target.url,
  );
  edit(payload);
  const sent = await rig.h.click(
    { action_id: "ct-share-0", value, text: { text: "Share" } },
    {
      retryOf: payload,
      retryNum: 0,
    },
  );
  expect(sent.status).toBe(200);
  const { body } = await rig.h.response(target.id);
  return { body, text: textOf(body), public: body.response_type === "in_channel" };
}

describe("forged share buttons", () => {
  it.each([
    "daily preview",
    "daily status",
    "daily on",
    "daily off",
    "search zzqxv",
    "partners Atlantis",
    "help nothing",
  ])("answers a share of `%s` privately: it is not a shareable answer", async (invocation) => {
    const answer = await click(`ct1:s:1:${invocation}`);
    expect(answer.public).toBe(false);
    expect(answer.text).toContain("This answer cannot be shared");
  });

  it.each(["principles", "forums", "partners India", "search terrorism financing"])(
    "posts a share of `%s` in the channel: the command's answer is shareable",
    async (invocation) => {
      const answer = await click(`ct1:s:1:${invocation}`);
      expect(answer.public).toBe(true);
    },
  );
});

describe("the channel a click acts on", () => {
  it("ignores a click whose channel is not the clicked message's: no other channel is subscribed", async () => {
    const answer = await click("ct1:p:1:daily on", (payload) => {
      payload.user = { ...(payload.user as object), id: FAKE_USERS.admin.id, username: "ada" };
      payload.channel = { id: "C0ELSEWHERE", name: "elsewhere" };
    });
    expect(answer.public).toBe(false);
    expect(answer.text).toContain("This button no longer works");
    expect(await rig.subscription("C0ELSEWHERE")).toBeUndefined();
    expect(await rig.subscription(TEST_USER.channel)).toBeUndefined();
  });
});
