/**
 * Slack token rotation (OAuth mode): a workspace installed with rotating tokens gets a bot
 * token that expires and a refresh token. Before a token expires (or once it has, after the
 * bot was down), the bot trades the refresh token for a new pair through oauth.v2.access
 * (grant_type=refresh_token), saves it encrypted, and posts with the new token: on the daily
 * post path, where no request from Slack comes first, as on the request path.
 */
import type { Installation } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_TEAMS } from "../../fakes/slack/fake-app.js";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { openStore, schedulerFor } from "./daily-setup.js";
import { headerText } from "./message-parts.js";
import { type OAuthRig, startOAuthRig } from "./oauth-rig.js";

const HOME = FAKE_TEAMS.home.id;
const ADMIN = { userId: FAKE_USERS.admin.id, teamId: HOME };
/** Tuesday 3 March 2026, 09:00 in Paris: the first daily post after MONDAY_MORNING. */
const TUESDAY_POST = "2026-03-03T08:00:00Z";
/** Slack's rotating tokens last 12 hours. */
const TWELVE_HOURS = 43_200;

describe("Slack OAuth token rotation", () => {
  let rig: OAuthRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  /** One replica, HOME installed with rotating tokens and subscribed to daily facts. */
  const subscribed = async () => {
    const r = await startOAuthRig([await openStore()]);
    rig = r;
    r.fake.oauth.tokenRotation = { expiresIn: TWELVE_HOURS };
    expect((await r.install(HOME)).status).toBe(200);
    expect(await r.ask(0, ADMIN, "daily on")).toContain("Daily facts are on");
    return r;
  };
  const installationOf = async (r: OAuthRig) =>
    (await r.installations.getInstallation("slack", HOME)) as Installation;

  /**
   * As if time had passed: the stored installation says its token expires `inSeconds` from
   * now, and when that is in the past Slack refuses the token.
   */
  const ageToken = async (r: OAuthRig, inSeconds: number) => {
    const installation = await installationOf(r);
    const bot = installation.bot;
    if (bot?.token === undefined) throw new Error("no bot token installed");
    bot.expiresAt = Math.floor(Date.now() / 1000) + inSeconds;
    await r.installations.saveInstallation("slack", HOME, installation, new Date());
    const issued = r.fake.oauth.installOf(bot.token);
    if (issued === undefined) throw new Error("the fake did not issue the stored token");
    if (inSeconds <= 0) issued.expiresAtMs = Date.now();
    return { token: bot.token, refreshToken: bot.refreshToken ?? "none" };
  };

  it("keeps the refresh token and expiry of an install with token rotation, encrypted", async () => {
    const r = await subscribed();
    const bot = (await installationOf(r)).bot;
    expect(bot?.refreshToken).toMatch(/^xoxe-/u);
    expect(bot?.expiresAt).toBeGreaterThan(Date.now() / 1000 + TWELVE_HOURS - 60);
    expect(JSON.stringify(await r.store.getInstallation("slack", HOME))).not.toMatch(/xox[be]-/u);
  });

  it.each([
    ["expires in 10 minutes", 600],
    ["expired an hour ago, while the bot was down", -3600],
  ])(
    "refreshes a token that %s before the daily post, and posts with the new one",
    async (_, inSeconds) => {
      const r = await subscribed();
      const old = await ageToken(r, inSeconds);
      const poster = r.replicas[0]?.runtime.poster;
      if (poster === undefined) throw new Error("no daily poster");
      const { scheduler } = schedulerFor(r.store, r.clock, [poster]);

      r.clock.set(TUESDAY_POST);
      expect(await scheduler.tick()).toMatchObject({ claimed: 1, sent: 1 });
      await scheduler.stop();

      expect(r.fake.oauth.refreshed).toHaveLength(1);
      const fresh = r.fake.oauth.refreshed[0];
      const refresh = r.fake.callsOf("oauth.v2.access").at(-1);
      expect(refresh?.args).toMatchObject({ grant_type: "refresh_token" });
      const fact = r.fake
        .callsOf("chat.postMessage")
        .find((c) => headerText(c.args) === "Fact of the day");
      expect(fact?.token).toBe(fresh);

      const saved = (await installationOf(r)).bot;
      expect(saved?.token).toBe(fresh);
      expect(saved?.refreshToken).not.toBe(old.refreshToken);
      expect(saved?.expiresAt).toBeGreaterThan(Date.now() / 1000 + TWELVE_HOURS - 60);
      const row = JSON.stringify(await r.store.getInstallation("slack", HOME));
      for (const secret of [fresh, saved?.refreshToken, old.token, old.refreshToken]) {
        expect(row).not.toContain(secret);
        expect(r.logText()).not.toContain(secret);
      }
    },
  );

  it("answers /ct with a refreshed token once the stored one has expired", async () => {
    const r = await subscribed();
    await ageToken(r, -60);
    expect(await r.ask(0, ADMIN, "daily status")).toContain("Daily facts in this channel");
    expect(r.fake.oauth.refreshed).toHaveLength(1);
    expect((await installationOf(r)).bot?.token).toBe(r.fake.oauth.refreshed[0]);
  });

  it("records Slack's refusal when the refresh token is refused, and logs no token", async () => {
    const r = await subscribed();
    const old = await ageToken(r, -60);
    r.fake.oauth.revoke(HOME);
    const poster = r.replicas[0]?.runtime.poster;
    if (poster === undefined) throw new Error("no daily poster");
    const { scheduler } = schedulerFor(r.store, r.clock, [poster]);

    r.clock.set(TUESDAY_POST);
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, sent: 0 });
    await scheduler.stop();
    expect(r.fake.oauth.refreshed).toEqual([]);
    expect(r.logText()).toContain("invalid_refresh_token");
    for (const secret of [old.token, old.refreshToken]) {
      expect(r.logText()).not.toContain(secret);
    }
  });
});
