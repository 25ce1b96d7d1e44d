/**
 * Fan-out at scale: 1,000 Slack channels due at the same minute, one scheduler tick, the
 * real poster against the fake Slack, paced by the poster's budget on the manual clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_DAILY_POSTS_PER_SECOND } from "../../../adapters/slack/render/limits.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import type { Store } from "../../../src/store/store.js";
import { FAKE_BOT, type FakeSlack, startFakeSlack } from "../../fakes/slack/fake-slack.js";
import { aSubscription } from "../../helpers/subscriptions.js";
import { openStore, posterFor, schedulerFor } from "./daily-setup.js";

const POST_AT = Date.parse("2026-03-03T08:00:00Z");
const CHANNELS = 1_000;

describe("daily fan-out on Slack", () => {
  let fake: FakeSlack;
  let store: Store;
  beforeAll(async () => {
    fake = await startFakeSlack();
    store = await openStore();
  });
  afterAll(async () => {
    await store.close();
    await fake.close();
  });

  it("posts 1,000 subscriptions due in one tick: 1,000 posts, no channel twice, at the budgeted pace", async () => {
    for (let i = 0; i < CHANNELS; i++) {
      await store.saveSubscription(
        aSubscription(`C${String(i).padStart(5, "0")}`, {
          workspaceId: FAKE_BOT.teamId,
          nextPostAt: new Date(POST_AT),
        }),
      );
    }
    const clock = createManualClock(new Date(POST_AT));
    const { scheduler } = schedulerFor(store, clock, [posterFor(fake.apiUrl)]);

    expect(await scheduler.tick()).toMatchObject({ claimed: CHANNELS, sent: CHANNELS, failed: 0 });
    expect(fake.posts.all).toHaveLength(CHANNELS);
    expect(new Set(fake.posts.all.map((p) => p.channel)).size).toBe(CHANNELS);
    // The limiter spread the posts over (almost) CHANNELS / budget seconds of clock time.
    const elapsed = clock.now().getTime() - POST_AT;
    expect(elapsed).toBeGreaterThanOrEqual((CHANNELS / SLACK_DAILY_POSTS_PER_SECOND - 1) * 1000);

    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    expect(fake.posts.all).toHaveLength(CHANNELS);
  });
});
