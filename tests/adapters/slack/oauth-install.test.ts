/**
 * Installing ct-bot into a workspace through Slack's OAuth flow (OAuth mode): the install
 * link, the signed state, the code exchange against SLACK_API_URL, the installation saved in
 * the shared store, and every way a redirect is refused. Real Bolt, fake Slack, SQLite.
 */
import { afterEach, describe, expect, it } from "vitest";
import { BOT_SCOPES } from "../../../adapters/slack/render/manifest.js";
import { FAKE_APP, FAKE_TEAMS } from "../../fakes/slack/fake-app.js";
import { openStore } from "./daily-setup.js";
import { type OAuthRig, STATE_SECRET, signedState, startOAuthRig } from "./oauth-rig.js";
import { SECRETS } from "./slack-harness.js";

const HOME = FAKE_TEAMS.home.id;

describe("Slack OAuth install", () => {
  let rig: OAuthRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  const started = async (replicas = 1) => {
    const store = await openStore();
    rig = await startOAuthRig(Array.from({ length: replicas }, () => store));
    return rig;
  };

  it("GET /slack/install redirects to Slack's authorize page with the client id, the manifest's bot scopes and a state bound to a cookie", async () => {
    const r = await started();
    const start = await r.openInstall();

    expect(start.status).toBe(302);
    // The authorize page sits beside SLACK_API_URL (…/api/ → …/oauth/v2/authorize).
    expect(start.location.toString()).toMatch(
      new RegExp(`^${r.fake.apiUrl.replace("/api/", "/oauth/v2/authorize")}\\?`, "u"),
    );
    const query = start.location.searchParams;
    expect(query.get("client_id")).toBe(FAKE_APP.clientId);
    expect(query.get("scope")?.split(",")).toEqual(BOT_SCOPES.map((s) => s.scope));
    const state = query.get("state") ?? "";
    expect(state).not.toBe("");
    expect(start.cookie).toBe(`slack-app-oauth-state=${state}`);
    // Nothing was exchanged or saved yet.
    expect(r.fake.callsOf("oauth.v2.access")).toEqual([]);
  });

  it("GET /slack/oauth_redirect with that state and a code exchanges the code on SLACK_API_URL and saves the workspace's installation", async () => {
    const r = await started();
    const page = await r.install(HOME);

    expect(page.status).toBe(200);
    expect(page.body).toContain("Thank you!");
    const [exchange, ...more] = r.fake.callsOf("oauth.v2.access");
    expect(more).toEqual([]);
    expect(exchange?.args).toMatchObject({ client_id: FAKE_APP.clientId });
    const token = r.fake.oauth.tokenOf(HOME);
    expect(token).toMatch(/^xoxb-/u);
    expect(JSON.stringify(await r.store.getInstallation("slack", HOME))).not.toContain("xoxb-");
    expect(await r.installations.getInstallation("slack", HOME)).toMatchObject({
      team: { id: HOME, name: FAKE_TEAMS.home.name },
      appId: FAKE_APP.appId,
      bot: { token, userId: expect.any(String), scopes: BOT_SCOPES.map((s) => s.scope) },
      isEnterpriseInstall: false,
    });
  });

  it("completes an install started on one replica on another: the state is signed, not remembered", async () => {
    const r = await started(2);
    const page = await r.install(HOME, 0, 1);
    expect(page.status).toBe(200);
    expect(await r.store.getInstallation("slack", HOME)).toBeDefined();
  });

  it.each([
    ["no state", (state: string) => ({ state: undefined, cookie: state })],
    [
      "a state signed with another secret",
      () => {
        const forged = signedState("a-guessed-secret", new Date());
        return { state: forged, cookie: forged };
      },
    ],
    ["a state without the browser's cookie", (state: string) => ({ state, cookie: undefined })],
    [
      "another browser's state",
      () => {
        const theirs = signedState(STATE_SECRET, new Date());
        return { state: theirs, cookie: undefined };
      },
    ],
    [
      "an expired state",
      () => {
        // Bolt's default state store accepts a state for 10 minutes.
        const stale = signedState(STATE_SECRET, new Date(Date.now() - 11 * 60_000));
        return { state: stale, cookie: stale };
      },
    ],
  ])(
    "refuses a redirect with %s (400), exchanges nothing and saves nothing",
    async (_case, make) => {
      const r = await started();
      const start = await r.openInstall();
      const redirect = await r.approve(start, HOME);
      const { state, cookie } = make(redirect.searchParams.get("state") ?? "");
      if (state === undefined) redirect.searchParams.delete("state");
      else redirect.searchParams.set("state", state);

      const page = await r.finish(
        redirect,
        0,
        cookie === undefined ? undefined : `slack-app-oauth-state=${cookie}`,
      );

      expect(page.status).toBe(400);
      expect(r.fake.callsOf("oauth.v2.access")).toEqual([]);
      expect(await r.store.getInstallation("slack", HOME)).toBeUndefined();
    },
  );

  it("refuses a code Slack does not accept and saves nothing", async () => {
    const r = await started();
    const start = await r.openInstall();
    const redirect = await r.approve(start, HOME);
    redirect.searchParams.set("code", "made-up");
    const page = await r.finish(redirect, 0, start.cookie);
    expect(page.status).toBe(500);
    expect(await r.store.getInstallation("slack", HOME)).toBeUndefined();
  });

  it("logs the install without any token or secret", async () => {
    const r = await started(2);
    await r.install(HOME, 0, 1);
    const logs = r.logText();
    expect(logs).toContain("Slack workspace installed");
    for (const secret of [
      r.fake.oauth.tokenOf(HOME) ?? "no token issued",
      FAKE_APP.clientSecret,
      STATE_SECRET,
      SECRETS.signingSecret,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
