/**
 * A workspace removing ct-bot: app_uninstalled and tokens_revoked delete its installation
 * (its token) and its daily-post subscriptions, on whichever replica the event reaches, and
 * touch no other workspace. In single-workspace mode the subscriptions go too.
 */
import { afterEach, describe, expect, it } from "vitest";
import { subscriptionId } from "../../../src/daily/daily-store.js";
import { FAKE_TEAMS } from "../../fakes/slack/fake-app.js";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { appUninstalled, TEST_USER, tokensRevoked } from "../../fakes/slack/slack-payloads.js";
import { type DailyRig, openStore, startDailyRig } from "./daily-setup.js";
import { type OAuthRig, startOAuthRig } from "./oauth-rig.js";

const HOME = FAKE_TEAMS.home.id;
const OTHER = FAKE_TEAMS.other.id;
const CHANNEL = TEST_USER.channel;
const adminIn = (teamId: string) => ({ userId: FAKE_USERS.admin.id, teamId });

describe("Slack OAuth: uninstall", () => {
  let rig: OAuthRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  /** Two replicas; both workspaces installed, each with daily posts in CHANNEL. */
  const subscribedInBoth = async () => {
    const store = await openStore();
    const r = await startOAuthRig([store, store]);
    rig = r;
    for (const teamId of [HOME, OTHER]) {
      await r.install(teamId);
      expect(await r.ask(0, adminIn(teamId), "daily on")).toContain("Daily facts are on");
    }
    return r;
  };
  const subscription = (r: OAuthRig, teamId: string) =>
    r.store.getSubscription(subscriptionId("slack", teamId, CHANNEL));
  /** Sends `payload` to replica 1 and waits for it to be handled (stopping drains the work). */
  const deliverToReplica1 = async (r: OAuthRig, payload: Record<string, unknown>) => {
    expect(await r.event(1, payload)).toBe(200);
    await r.replicas[1]?.runtime.stop();
  };

  it.each([
    ["app_uninstalled", appUninstalled(HOME)],
    ["tokens_revoked for the bot", tokensRevoked(HOME, { bot: ["UBOT0001"] })],
  ])(
    "%s removes that workspace's installation and subscriptions, and only those",
    async (_event, payload) => {
      const r = await subscribedInBoth();
      const token = r.fake.oauth.tokenOf(HOME) ?? "none";
      await deliverToReplica1(r, payload);

      expect(await r.store.getInstallation("slack", HOME)).toBeUndefined();
      expect(await subscription(r, HOME)).toBeUndefined();
      expect(await r.store.getInstallation("slack", OTHER)).toBeDefined();
      expect(await subscription(r, OTHER)).toBeDefined();

      const logs = r.logText();
      expect(logs).toContain('"msg":"forgot a Slack workspace that removed ct-bot"');
      expect(logs).toMatch(/"teamId":"T0FAKE01".*"installations":1,"subscriptions":1/u);
      expect(logs).not.toContain(token);

      // The other replica no longer answers the workspace: its token is gone for everyone.
      const sent = await r.command(0, "principles", { teamId: HOME });
      await r.replicas[0]?.runtime.stop();
      expect(r.fake.responses.all.filter((p) => p.id === sent.id)).toEqual([]);
    },
  );

  it("tokens_revoked for user tokens only keeps the workspace: ct-bot holds no user tokens", async () => {
    const r = await subscribedInBoth();
    await deliverToReplica1(r, tokensRevoked(HOME, { oauth: [FAKE_USERS.admin.id] }));

    expect(await r.store.getInstallation("slack", HOME)).toBeDefined();
    expect(await subscription(r, HOME)).toBeDefined();
    expect(r.logText()).toContain("Slack user tokens revoked; ct-bot keeps none");
  });
});

describe("Slack single workspace: uninstall", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it("app_uninstalled removes the workspace's subscriptions, so nothing keeps failing", async () => {
    rig = await startDailyRig();
    await rig.ask({ userId: FAKE_USERS.admin.id }, "daily on");
    expect(await rig.subscription(CHANNEL)).toBeDefined();

    expect((await rig.h.event(appUninstalled())).status).toBe(200);
    await rig.h.runtime.stop();
    expect(await rig.subscription(CHANNEL)).toBeUndefined();
  });
});
