/**
 * Serving many workspaces (OAuth mode): each workspace's requests are authorized from its
 * installation in the shared store, every Slack call for it uses its own bot token, any
 * replica serves any workspace, and a workspace that never installed ct-bot gets nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_TEAMS } from "../../fakes/slack/fake-app.js";
import type { ApiCall } from "../../fakes/slack/fake-slack.js";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { homeOpened, TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { openStore, schedulerFor } from "./daily-setup.js";
import { headerText } from "./message-parts.js";
import { type OAuthRig, startOAuthRig } from "./oauth-rig.js";

const HOME = FAKE_TEAMS.home.id;
const OTHER = FAKE_TEAMS.other.id;
const CHANNEL = TEST_USER.channel;
const adminIn = (teamId: string) => ({ userId: FAKE_USERS.admin.id, teamId });
/** Tuesday 3 March 2026, 09:00 in Paris: the first daily post after MONDAY_MORNING. */
const TUESDAY_POST = "2026-03-03T08:00:00Z";

describe("Slack OAuth: many workspaces", () => {
  let rig: OAuthRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  /** Two replicas on one store, with both workspaces installed through replica 0. */
  const installedInBoth = async () => {
    const store = await openStore();
    const started = await startOAuthRig([store, store]);
    rig = started;
    expect((await started.install(HOME)).status).toBe(200);
    expect((await started.install(OTHER)).status).toBe(200);
    return started;
  };
  const tokenOf = (r: OAuthRig, teamId: string) => r.fake.oauth.tokenOf(teamId) ?? "none";
  const tokensOf = (calls: ApiCall[]) => [...new Set(calls.map((c) => c.token))];

  it("answers /ct in an installed workspace, and checks and posts for /ct daily with that workspace's own token", async () => {
    const r = await installedInBoth();
    expect(await r.ask(0, { teamId: OTHER }, "principles")).toContain("principle");

    const answer = await r.ask(0, adminIn(OTHER), "daily on");
    expect(answer).toContain("Daily facts are on");
    for (const method of ["users.info", "conversations.info", "chat.postMessage"]) {
      expect(tokensOf(r.fake.callsOf(method)), method).toEqual([tokenOf(r, OTHER)]);
    }
  });

  it("serves a workspace installed through one replica from another replica", async () => {
    const r = await installedInBoth();
    expect(await r.ask(1, adminIn(HOME), "daily on")).toContain("Daily facts are on");
    expect(tokensOf(r.fake.callsOf("chat.postMessage"))).toEqual([tokenOf(r, HOME)]);

    expect(await r.event(1, homeOpened("home", OTHER))).toBe(200);
    const publish = await r.fake.calls.waitFor((c) => c.method === "views.publish");
    expect(publish.token).toBe(tokenOf(r, OTHER));
  });

  it("posts each workspace's daily fact with that workspace's token", async () => {
    const r = await installedInBoth();
    await r.ask(0, adminIn(HOME), "daily on");
    await r.ask(1, adminIn(OTHER), "daily on");
    const poster = r.replicas[1]?.runtime.poster;
    if (poster === undefined) throw new Error("no daily poster");
    const { scheduler } = schedulerFor(r.store, r.clock, [poster]);

    r.clock.set(TUESDAY_POST);
    expect(await scheduler.tick()).toMatchObject({ claimed: 2, sent: 2 });
    const facts = r.fake.postsIn(CHANNEL).filter((p) => headerText(p.args) === "Fact of the day");
    expect(facts).toHaveLength(2);
    const factCalls = r.fake
      .callsOf("chat.postMessage")
      .filter((c) => headerText(c.args) === "Fact of the day");
    expect(tokensOf(factCalls).sort()).toEqual([tokenOf(r, HOME), tokenOf(r, OTHER)].sort());
    await scheduler.stop();
  });

  it("does not answer a workspace that never installed ct-bot, and says why in the log", async () => {
    const store = await openStore();
    const r = await startOAuthRig([store]);
    rig = r;
    await r.install(HOME);
    const sent = await r.command(0, "principles", { teamId: OTHER });
    // Acknowledged, so Slack does not retry what can never be answered.
    expect(sent.status).toBe(200);
    await r.replicas[0]?.runtime.stop();
    expect(r.fake.responses.all.filter((p) => p.id === sent.id)).toEqual([]);
    expect(r.logText()).toContain(`ct-bot is not installed in Slack workspace ${OTHER}`);
  });
});
