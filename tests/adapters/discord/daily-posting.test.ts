/**
 * The scheduler posting through the Discord adapter's poster: the fact card at the channel's
 * local time, exactly once, and every way a create-message call can fail (429, 500, a timeout,
 * 403 day after day). Real discord.js gateway client, real SQLite store, real scheduler,
 * manual clock.
 */
import { afterEach, describe, expect, it } from "vitest";
import { PERMANENT_ERRORS } from "../../../adapters/discord/daily/send-result.js";
import { BACKOFF_MS } from "../../../src/daily/scheduler.js";
import { DISCORD_ERRORS } from "../../fakes/discord/fake-discord.js";
import { buttonInteraction } from "../../fakes/discord/interactions.js";
import { messageProblems } from "../../fakes/discord/message-limits.js";
import { type DailyRig, type RigOptions, startDailyRig } from "./daily-setup.js";
import { buttonsOf, interact, type MessageData, responseOf } from "./discord-harness.js";

/** Tuesday 3 March 2026, 09:00 in Paris (UTC+1). */
const TUESDAY_POST = "2026-03-03T08:00:00Z";
const DAY_MS = 86_400_000;

describe("daily posts on Discord", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  const subscribed = async (options: RigOptions = {}) => {
    const started = await startDailyRig(options);
    rig = started;
    await started.ask({ action: "on" });
    return started;
  };
  const channelCalls = (r: DailyRig) =>
    r.fake.requests.filter((q) => q.path === `/v10/channels/${r.fake.channelId}/messages`);

  it("posts exactly one fact card at the local time: the previewed fact, within the limits, with More like this", async () => {
    const r = await subscribed();
    const preview = await r.ask({ action: "preview" });
    r.clock.set("2026-03-03T07:59:00Z");
    expect((await r.scheduler.tick()).claimed).toBe(0);

    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ claimed: 1, sent: 1 });
    const [post, ...others] = r.factPosts();
    expect(others).toEqual([]);
    const body = post?.body as MessageData;
    expect(messageProblems(body)).toEqual([]);
    expect(body.flags).toBeUndefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(body).map((b) => b.label)).toEqual(["More like this"]);
    expect(body.embeds?.[0]?.description).toBe(preview.data.embeds?.[0]?.description);

    expect((await r.scheduler.tick()).claimed).toBe(0);
    r.clock.advance(3_600_000);
    expect((await r.scheduler.tick()).claimed).toBe(0);
    expect(r.factPosts()).toHaveLength(1);
    const [delivery] = await r.store.listDeliveries(
      `discord:${r.fake.guildId}:${r.fake.channelId}`,
      5,
    );
    expect(delivery).toMatchObject({
      state: "sent",
      messageId: post?.messageId,
      localDate: "2026-03-03",
    });
    const status = await r.ask({ action: "status" });
    const total = status.data.embeds?.[0]?.fields?.[2]?.value ?? "";
    expect(total).toMatch(/^(\d+) of (\d+)$/u);
    const [left, all] = total.split(" of ").map(Number);
    expect(left).toBe((all ?? 0) - 1);
  });

  it("answers More like this on the posted card, privately, for whoever clicks", async () => {
    const r = await subscribed();
    r.clock.set(TUESDAY_POST);
    await r.scheduler.tick();
    const more = buttonsOf(r.factPosts()[0]?.body as MessageData)[0];
    const click = buttonInteraction(r.place, more?.custom_id ?? "", false);
    const { type, data } = responseOf(await interact(r.fake, click));
    expect(type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.embeds?.length).toBeGreaterThan(0);
  });

  it("on a 429, waits for retry_after, then posts once", async () => {
    const r = await subscribed();
    r.fake.channels.faults.add({ fault: { kind: "rate-limited", retryAfterS: 7 }, times: 1 });
    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(r.sleeps).toContain(7_000);
    expect(channelCalls(r)).toHaveLength(3); // confirmation, 429, post
    expect(r.factPosts()).toHaveLength(1);
  });

  it("on a global 429, waits for it to pass, then posts once", async () => {
    const r = await subscribed();
    r.fake.channels.faults.add({
      fault: { kind: "rate-limited", retryAfterS: 0.5, global: true },
      times: 1,
    });
    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(r.sleeps).toContain(500);
    expect(r.factPosts()).toHaveLength(1);
  });

  it("on HTTP 500, retries with backoff and posts once", async () => {
    const r = await subscribed();
    r.fake.channels.faults.add({ fault: { kind: "http-error", status: 500 }, times: 2 });
    r.clock.set(TUESDAY_POST);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(r.sleeps).toEqual(expect.arrayContaining([BACKOFF_MS, 2 * BACKOFF_MS]));
    expect(channelCalls(r)).toHaveLength(4);
    expect(r.factPosts()).toHaveLength(1);
  });

  it("after a timeout (Discord posted, the answer was lost), retries with the same nonce: exactly one message", async () => {
    const r = await subscribed({ dailyTimeoutMs: 150 });
    r.fake.channels.faults.add({ fault: { kind: "hang", posted: true }, times: 1 });
    r.clock.set(TUESDAY_POST);

    expect(await r.scheduler.tick()).toMatchObject({ claimed: 1, sent: 1, unknown: 0 });
    expect(r.sleeps).toContain(BACKOFF_MS);
    const [first, retry] = channelCalls(r).slice(1);
    const nonceOf = (body: unknown) => (body as { nonce?: string }).nonce;
    expect(first?.status).toBe(0); // never answered
    expect(nonceOf(retry?.body)).toBe(nonceOf(first?.body));
    const [post, ...others] = r.factPosts();
    expect(others).toEqual([]);
    const [delivery] = await r.store.listDeliveries(
      `discord:${r.fake.guildId}:${r.fake.channelId}`,
      1,
    );
    expect(delivery).toMatchObject({ state: "sent", messageId: post?.messageId });
  });

  it("records unknown, not failed, when every attempt timed out: one of them may have posted", async () => {
    const r = await subscribed({ dailyTimeoutMs: 150 });
    r.fake.channels.faults.add({ fault: { kind: "hang", posted: true } });
    r.clock.set(TUESDAY_POST);

    expect(await r.scheduler.tick()).toMatchObject({ claimed: 1, sent: 0, failed: 0, unknown: 1 });
    expect(r.factPosts()).toHaveLength(1);
    const [delivery] = await r.store.listDeliveries(
      `discord:${r.fake.guildId}:${r.fake.channelId}`,
      1,
    );
    expect(delivery?.state).toBe("unknown");
  });

  it("after 403 Missing Access three days in a row, pauses; status says why and how to fix it; daily on resumes", async () => {
    const r = await subscribed();
    // Someone took View Channel away from the bot: three daily posts are refused.
    r.fake.channels.faults.add({ fault: DISCORD_ERRORS.missingAccess, times: 3 });
    const outcomes = [];
    for (let day = 0; day < 3; day++) {
      r.clock.set(new Date(Date.parse(TUESDAY_POST) + day * DAY_MS));
      const report = await r.scheduler.tick();
      outcomes.push(report.paused > 0 ? "paused" : report.failed > 0 ? "failed" : "other");
      if (day === 0) expect((await r.ask({ action: "status" })).text).toContain("Running");
    }
    expect(outcomes).toEqual(["failed", "failed", "paused"]);
    const fix = PERMANENT_ERRORS[50001]?.fix ?? "";
    expect(await r.subscription()).toMatchObject({
      pausedReason: "missing_access",
      pausedFix: fix,
      nextPostAt: null,
    });
    const status = await r.ask({ action: "status" });
    expect(status.text).toContain(
      `Paused: missing access. To fix it: ${fix}, then run /ct daily action:on.`,
    );
    expect(status.data.embeds?.[0]?.fields).toContainEqual({
      name: "Next post",
      value: "none while paused",
    });

    r.clock.advance(DAY_MS);
    expect((await r.scheduler.tick()).claimed).toBe(0);

    // The permissions are back; a channel manager turns daily posts on again.
    const resumed = await r.ask({ action: "on" });
    expect(resumed.text).toContain("Daily facts are back on");
    expect(resumed.text).toContain("Next post: Sat 7 Mar 2026, 09:00 (Europe/Paris)");
    expect(await r.subscription()).toMatchObject({ pausedReason: null, failureCount: 0 });
    r.clock.advance(DAY_MS);
    expect(await r.scheduler.tick()).toMatchObject({ sent: 1 });
    expect(r.factPosts()).toHaveLength(1);
  });
});
