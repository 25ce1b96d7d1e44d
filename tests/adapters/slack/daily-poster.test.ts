/**
 * The Slack daily poster against the fake Slack: one attempt per post (the scheduler owns
 * retries), and every outcome mapped to what the scheduler should do about it.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { INVITE_FIX, PERMANENT_FIXES } from "../../../adapters/slack/daily/send-result.js";
import { SLACK_DAILY_POSTS_PER_SECOND } from "../../../adapters/slack/render/limits.js";
import type { DailyPoster } from "../../../src/daily/port.js";
import { factCard } from "../../../src/replies/fact-card.js";
import type { FakeFault } from "../../fakes/slack/fake-faults.js";
import { type FakeSlack, startFakeSlack } from "../../fakes/slack/fake-slack.js";
import { posterFor } from "./daily-setup.js";
import { SECRETS, testContent } from "./slack-harness.js";

const TARGET = { workspaceId: "T0FAKE01", channelId: "C0DAILY" };

describe("the Slack daily poster", () => {
  let fake: FakeSlack;
  let poster: DailyPoster;
  const card = () => {
    const fact = testContent().facts[0];
    if (!fact) throw new Error("the content has no facts");
    return factCard(testContent(), fact);
  };
  const postWith = (fault: FakeFault) => {
    fake.faults.add({ channel: TARGET.channelId, fault, times: 1 });
    return poster.post(TARGET, card(), "delivery-1");
  };

  beforeAll(async () => {
    fake = await startFakeSlack();
    poster = posterFor(fake.apiUrl, 150);
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.faults.clear());

  it("is the Slack poster, with a cross-channel budget of a few posts a second", () => {
    expect(poster.platform).toBe("slack");
    expect(poster.rateLimit).toEqual({ requests: SLACK_DAILY_POSTS_PER_SECOND, perMs: 1000 });
    expect(SLACK_DAILY_POSTS_PER_SECOND).toBeLessThanOrEqual(20);
  });

  it("posts with the bot token, text fallback and blocks, unfurling nothing, and returns the ts", async () => {
    const result = await poster.post(TARGET, card(), "delivery-1");
    const [post] = fake.postsIn(TARGET.channelId).slice(-1);
    expect(result).toEqual({ kind: "sent", messageId: post?.ts });
    const call = fake.callsOf("chat.postMessage", TARGET.channelId).at(-1);
    expect(call?.token).toBe(SECRETS.botToken);
    expect(call?.args).toMatchObject({
      text: expect.any(String),
      blocks: expect.any(Array),
      unfurl_links: "false",
      unfurl_media: "false",
    });
  });

  it("maps a 429 to rate-limited with Retry-After in ms, without retrying by itself", async () => {
    const before = fake.callsOf("chat.postMessage").length;
    expect(await postWith({ kind: "rate-limited", retryAfterS: 3 })).toEqual({
      kind: "rate-limited",
      retryAfterMs: 3000,
    });
    expect(fake.callsOf("chat.postMessage")).toHaveLength(before + 1);
  });

  it("treats a 429 without Retry-After as rate-limited for a second", async () => {
    expect(await postWith({ kind: "rate-limited" })).toEqual({
      kind: "rate-limited",
      retryAfterMs: 1000,
    });
  });

  it.each([500, 502, 503])("maps HTTP %i to transient, one attempt only", async (status) => {
    const before = fake.callsOf("chat.postMessage").length;
    expect(await postWith({ kind: "http-error", status })).toEqual({
      kind: "transient",
      error: `http_${status}`,
    });
    expect(fake.callsOf("chat.postMessage")).toHaveLength(before + 1);
  });

  it("maps a timeout with no response to unknown (it may have been posted)", async () => {
    expect(await postWith({ kind: "hang" })).toEqual({ kind: "unknown", error: "timeout" });
  });

  it("maps a refused connection (nothing sent) to transient", async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    const nowhere = posterFor(`http://127.0.0.1:${port}/api/`, 1000);
    expect(await nowhere.post(TARGET, card(), "delivery-1")).toEqual({
      kind: "transient",
      error: "ECONNREFUSED",
    });
  });

  it.each([
    "not_in_channel",
    "channel_not_found",
    "is_archived",
    "account_inactive",
    "invalid_auth",
    "token_revoked",
    "missing_scope",
    "restricted_action",
    "ekm_access_denied",
  ])("maps %s to permanent, with a fix a person can act on", async (error) => {
    const result = await postWith({ kind: "slack-error", error });
    expect(result).toEqual({ kind: "permanent", reason: error, fix: PERMANENT_FIXES[error] });
    expect(PERMANENT_FIXES[error]?.length).toBeGreaterThan(10);
  });

  it("tells people to invite the bot when it is not in the channel", async () => {
    expect(await postWith({ kind: "slack-error", error: "not_in_channel" })).toMatchObject({
      fix: INVITE_FIX,
    });
  });

  it("maps an unlisted Slack error to permanent, naming it", async () => {
    const result = await postWith({ kind: "slack-error", error: "brand_new_error" });
    expect(result).toMatchObject({ kind: "permanent", reason: "brand_new_error" });
    expect(result.kind === "permanent" && result.fix).toContain("brand_new_error");
  });

  it.each([
    ["service_unavailable", "transient"],
    ["request_timeout", "transient"],
    ["ratelimited", "rate-limited"],
    // Slack: "some aspect of the operation" may have succeeded.
    ["fatal_error", "unknown"],
    ["internal_error", "unknown"],
  ])("maps Slack's %s to %s", async (error, kind) => {
    expect(await postWith({ kind: "slack-error", error })).toMatchObject({ kind });
  });
});
