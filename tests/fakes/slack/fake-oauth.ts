/**
 * The fake Slack's side of OAuth installs: the authorize page where someone approves the app
 * (GET /oauth/v2/authorize, answered as if they pressed Allow), the code exchange
 * (oauth.v2.access) issuing one bot token per workspace, and what those tokens are worth
 * afterwards (auth.test, revocation, expiry). Answers follow Slack's: codes are single-use, the
 * client id and secret must match, and a revoked token is refused with token_revoked.
 * With token rotation on, tokens expire (refused with token_expired) and come with a refresh
 * token that oauth.v2.access (grant_type=refresh_token) trades for a new pair.
 */
import { randomBytes } from "node:crypto";
import { FAKE_APP, FAKE_TEAMS, type FakeTeam } from "./fake-app.js";
import { FAKE_USERS } from "./fake-workspace.js";

/** A workspace's installation as the fake issued it. */
export interface FakeInstall {
  team: FakeTeam;
  token: string;
  botUserId: string;
  botId: string;
  scopes: string[];
  revoked: boolean;
  /** With token rotation: the refresh token issued with this token, and its expiry (ms). */
  refreshToken?: string;
  expiresAtMs?: number;
}

/** Where the authorize page sends the browser, or why it refused. */
export type AuthorizeAnswer = { location: string } | { error: string };

/** The fake's OAuth state. */
export interface FakeOAuth {
  /**
   * The app's Redirect URL, as its settings (the manifest's `oauth_config.redirect_urls`)
   * give it: where an approval sends the browser when the authorize URL names none.
   */
  redirectUrl: string | undefined;
  /**
   * The authorize page: someone in workspace `team` (the query's, else the home workspace)
   * approves the app; the answer is the redirect back with a code and the state.
   */
  authorize(query: URLSearchParams): AuthorizeAnswer;
  /** Slack's answer to oauth.v2.access. */
  access(args: Record<string, unknown>): Record<string, unknown>;
  /** The installation a bot token was issued for. */
  installOf(token: string | undefined): FakeInstall | undefined;
  /** The latest bot token issued to workspace `teamId`. */
  tokenOf(teamId: string): string | undefined;
  /** Revokes workspace `teamId`'s tokens, as an uninstall does. */
  revoke(teamId: string): void;
  /**
   * Token rotation, as the app's "Opt in to token rotation" setting turns on: each token
   * issued from now on expires `expiresIn` seconds after (0: already expired) and comes with
   * a refresh token. Undefined (the default): tokens never expire.
   */
  tokenRotation: { expiresIn: number } | undefined;
  /** How many refresh-token grants were answered, and with which new tokens. */
  readonly refreshed: string[];
}

interface Grant {
  team: FakeTeam;
  scopes: string[];
  redirectUri: string | undefined;
}

const TEAMS: readonly FakeTeam[] = Object.values(FAKE_TEAMS);

/** Creates the OAuth side with no installation yet. */
export function createFakeOAuth(): FakeOAuth {
  const grants = new Map<string, Grant>();
  const installs = new Map<string, FakeInstall>();
  let issued = 0;
  let redirectUrl: string | undefined;
  let rotation: { expiresIn: number } | undefined;
  const refreshed: string[] = [];

  /** Issues a bot token for `team`, with a refresh token and expiry when rotation is on. */
  const issue = (team: FakeTeam, scopes: string[]): FakeInstall => {
    issued++;
    const install: FakeInstall = {
      team,
      token: `xoxb-${team.id}-${issued}-${randomBytes(6).toString("hex")}`,
      botUserId: `UBOT${team.id.slice(-4)}`,
      botId: `BBOT${team.id.slice(-4)}`,
      scopes,
      revoked: false,
      ...(rotation === undefined
        ? {}
        : {
            refreshToken: `xoxe-1-${team.id}-${issued}-${randomBytes(6).toString("hex")}`,
            expiresAtMs: Date.now() + rotation.expiresIn * 1000,
          }),
    };
    installs.set(install.token, install);
    return install;
  };
  const expiry = (install: FakeInstall) =>
    install.refreshToken === undefined || install.expiresAtMs === undefined
      ? {}
      : {
          refresh_token: install.refreshToken,
          expires_in: Math.max(0, Math.round((install.expiresAtMs - Date.now()) / 1000)),
        };

  return {
    get redirectUrl() {
      return redirectUrl;
    },
    set redirectUrl(url) {
      redirectUrl = url;
    },
    authorize(query) {
      if (query.get("client_id") !== FAKE_APP.clientId) return { error: "invalid_client_id" };
      const scopes = (query.get("scope") ?? "").split(",").filter(Boolean);
      if (scopes.length === 0) return { error: "invalid_scope" };
      const team = TEAMS.find((t) => t.id === (query.get("team") ?? FAKE_TEAMS.home.id));
      if (team === undefined) return { error: "invalid_team" };
      const redirectUri = query.get("redirect_uri") ?? undefined;
      const target = redirectUri ?? redirectUrl;
      if (target === undefined) return { error: "bad_redirect_uri" };
      const code = `${team.id}.${randomBytes(8).toString("hex")}`;
      grants.set(code, { team, scopes, redirectUri });
      const back = new URL(target);
      back.searchParams.set("code", code);
      const state = query.get("state");
      if (state !== null) back.searchParams.set("state", state);
      return { location: back.toString() };
    },
    access(args) {
      if (args.client_id !== FAKE_APP.clientId) return { ok: false, error: "invalid_client_id" };
      if (args.client_secret !== FAKE_APP.clientSecret) {
        return { ok: false, error: "bad_client_secret" };
      }
      if (args.grant_type === "refresh_token") {
        const old = [...installs.values()].find(
          (i) => i.refreshToken !== undefined && i.refreshToken === args.refresh_token,
        );
        if (old === undefined || old.revoked) return { ok: false, error: "invalid_refresh_token" };
        // Each refresh token is spent once: the new pair replaces it.
        delete old.refreshToken;
        const next = issue(old.team, old.scopes);
        refreshed.push(next.token);
        return {
          ok: true,
          app_id: FAKE_APP.appId,
          scope: next.scopes.join(","),
          token_type: "bot",
          access_token: next.token,
          bot_user_id: next.botUserId,
          team: { id: next.team.id, name: next.team.name },
          enterprise: null,
          is_enterprise_install: false,
          ...expiry(next),
        };
      }
      const grant = grants.get(String(args.code));
      if (grant === undefined) return { ok: false, error: "invalid_code" };
      grants.delete(String(args.code));
      if (grant.redirectUri !== undefined && args.redirect_uri !== grant.redirectUri) {
        return { ok: false, error: "bad_redirect_uri" };
      }
      const install = issue(grant.team, grant.scopes);
      return {
        ok: true,
        app_id: FAKE_APP.appId,
        authed_user: { id: FAKE_USERS.admin.id },
        scope: install.scopes.join(","),
        token_type: "bot",
        access_token: install.token,
        bot_user_id: install.botUserId,
        team: { id: install.team.id, name: install.team.name },
        enterprise: null,
        is_enterprise_install: false,
        ...expiry(install),
      };
    },
    installOf: (token) => (token === undefined ? undefined : installs.get(token)),
    tokenOf(teamId) {
      return [...installs.values()].filter((i) => i.team.id === teamId).at(-1)?.token;
    },
    revoke(teamId) {
      for (const install of installs.values()) {
        if (install.team.id === teamId) install.revoked = true;
      }
    },
    get tokenRotation() {
      return rotation;
    },
    set tokenRotation(value) {
      rotation = value;
    },
    refreshed,
  };
}

/** What auth.test answers for an installation's token. */
export function authTestOf(install: FakeInstall): Record<string, unknown> {
  return {
    ok: true,
    url: `https://${install.team.name.toLowerCase()}.slack.test/`,
    team: install.team.name,
    user: "ct-bot",
    team_id: install.team.id,
    user_id: install.botUserId,
    bot_id: install.botId,
    is_enterprise_install: false,
  };
}
