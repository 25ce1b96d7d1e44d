/**
 * The scheduler posting through the Slack adapter's poster: the fact card at the channel's
 * local time, exactly once, and every way chat.postMessage can fail (429, 500, not_in_channel
 * day after day, a timeout). Real Bolt app, real SQLite store, real scheduler, manual clock.
 */
import { afterEach, describe, expect, it } from "vitest";
import { INVITE_FIX } from "../../../adapters/slack/daily/send-result.js";
import { BACKOFF_MS } from "../../../src/daily/scheduler.js";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { limitViolations } from "./block-limits.js";
import { type DailyRig, posterFor, schedulerFor, startDailyRig } from "./daily-setup.js";
import { buttonOf, buttonsOf, headerText, sectionTexts } from "./message-parts.js";

const CHANNEL = TEST_USER.channel;
const admin = { userId: FAKE_USERS.admin.id };
const alice = { userId: FAKE_USERS.regular.id };
/** Tuesday 3 March 2026, 09:00 in Paris (UTC+1). */
const TUESDAY_POST = "2026-03-03T08:00:00Z";
const DAY_MS = 86_400_000;

/** Posts in the channel other than the confirmation card. */
function factPosts(rig: DailyRig, channel = CHANNEL) {
  return rig.h.fake.postsIn(channel).filter((p) => headerText(p.args) === "Fact of the day");
}

describe("daily posts in Slack", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  const subscribed = async (options: Parameters<typeof startDailyRig>[0] = {}) => {
    const started = await startDailyRig(options);
    rig = started;
    await started.ask(admin, "daily on");
    return started;
  };

  it("posts exactly one fact card at the local time: the previewed fact, within the limits, with More like this", async () => {
    const r = await subscribed();
    const preview = await r.ask(alice, "daily preview");
    r.clock.set("2026-03-03T07:59:00Z");
    expect((await r.scheduler.tick()).claimed).toBe(0);

    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ claimed: 1, sent: 1 });
    const [post, ...others] = factPosts(r);
    expect(others).toEqual([]);
    const message = post?.args as { text: string; blocks: unknown[] };
    expect(limitViolations(message)).toEqual([]);
    expect(message.text.length).toBeGreaterThan(0);
    expect(post?.args).toMatchObject({ unfurl_links: "false", unfurl_media: "false" });
    expect(buttonOf(message, "related", "More like this")).toBeDefined();
    // Already public: no "Share in channel".
    expect(buttonsOf(message).filter((b) => b.action_id.startsWith("ct-share-"))).toEqual([]);
    expect(sectionTexts(message)).toEqual(sectionTexts(preview.body));

    expect((await r.scheduler.tick()).claimed).toBe(0);
    r.clock.advance(3_600_000);
    expect((await r.scheduler.tick()).claimed).toBe(0);
    expect(factPosts(r)).toHaveLength(1);
    const [delivery] = await r.store.listDeliveries(`slack:${TEST_USER.team}:${CHANNEL}`, 5);
    expect(delivery).toMatchObject({ state: "sent", messageId: post?.ts, localDate: "2026-03-03" });
  });

  it("on a 429, waits for Retry-After, then posts once", async () => {
    const r = await subscribed();
    r.h.fake.faults.add({
      channel: CHANNEL,
      fault: { kind: "rate-limited", retryAfterS: 7 },
      times: 1,
    });
    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(r.sleeps).toContain(7_000);
    expect(r.h.fake.callsOf("chat.postMessage", CHANNEL)).toHaveLength(3); // confirmation, 429, post
    expect(factPosts(r)).toHaveLength(1);
  });

  it("on HTTP 500, retries with backoff and posts once", async () => {
    const r = await subscribed();
    r.h.fake.faults.add({ channel: CHANNEL, fault: { kind: "http-error", status: 500 }, times: 2 });
    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(r.sleeps).toEqual(expect.arrayContaining([BACKOFF_MS, 2 * BACKOFF_MS]));
    expect(r.h.fake.callsOf("chat.postMessage", CHANNEL)).toHaveLength(4);
    expect(factPosts(r)).toHaveLength(1);
  });

  it("after not_in_channel three days in a row, pauses; status says why and how to fix it; daily on resumes", async () => {
    const r = await subscribed();
    r.h.fake.workspace.setChannel(CHANNEL, { member: false }); // someone removed the bot
    const outcomes = [];
    for (let day = 0; day < 3; day++) {
      r.clock.set(new Date(Date.parse(TUESDAY_POST) + day * DAY_MS));
      const report = await r.scheduler.tick();
      outcomes.push(report.paused > 0 ? "paused" : report.failed > 0 ? "failed" : "other");
      if (day === 0)
        expect((await r.ask(alice, "daily status")).text).toContain("*State* — Running");
    }
    expect(outcomes).toEqual(["failed", "failed", "paused"]);
    expect(await r.subscription(CHANNEL)).toMatchObject({
      pausedReason: "not_in_channel",
      pausedFix: INVITE_FIX,
      nextPostAt: null,
    });
    const status = (await r.ask(alice, "daily status")).text;
    expect(status).toContain(
      `Paused: not in channel. To fix it: ${INVITE_FIX}, then run /ct daily on.`,
    );
    expect(status).toContain("*Next post* — none while paused");

    r.clock.advance(DAY_MS);
    expect((await r.scheduler.tick()).claimed).toBe(0);

    // An admin runs daily on: the bot joins the public channel again and carries on.
    const resumed = await r.ask(admin, "daily on");
    expect(resumed.text).toContain("Next post: Sat 7 Mar 2026, 09:00 (Europe/Paris)");
    expect(r.h.fake.callsOf("conversations.join", CHANNEL)).toHaveLength(1);
    expect(await r.subscription(CHANNEL)).toMatchObject({ pausedReason: null, failureCount: 0 });
    r.clock.advance(DAY_MS);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1 });
    expect(factPosts(r)).toHaveLength(1);
  });

  it("records a timeout as unknown and never retries it; the next day posts as usual", async () => {
    const r = await subscribed();
    // A poster with a short timeout against the same fake, driven by its own scheduler.
    const { scheduler } = schedulerFor(r.store, r.clock, [posterFor(r.h.fake.apiUrl, 150)]);
    r.h.fake.faults.add({ channel: CHANNEL, fault: { kind: "hang" }, times: 1 });
    r.clock.set(TUESDAY_POST);

    expect(await scheduler.tick()).toMatchObject({ claimed: 1, unknown: 1, sent: 0 });
    expect(r.h.fake.callsOf("chat.postMessage", CHANNEL)).toHaveLength(2); // confirmation, hang
    const [delivery] = await r.store.listDeliveries(`slack:${TEST_USER.team}:${CHANNEL}`, 1);
    expect(delivery).toMatchObject({ state: "unknown", error: "timeout" });
    expect((await scheduler.tick()).claimed).toBe(0);

    r.clock.advance(DAY_MS);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(factPosts(r)).toHaveLength(1);
  });
});
