/**
 * What Slack sends an app: slash command forms, block_actions payloads, app_home_opened,
 * app_uninstalled and tokens_revoked events, and the v0 request signature HTTP mode checks.
 */
import { createHmac, randomUUID } from "node:crypto";
import { FAKE_BOT } from "./fake-app.js";
import { FAKE_USERS } from "./fake-workspace.js";

/** Who is typing or clicking in the tests: a regular member, in a public channel. */
export const TEST_USER = {
  id: FAKE_USERS.regular.id,
  name: FAKE_USERS.regular.name,
  channel: "C0GENERAL",
  team: FAKE_BOT.teamId,
};

/** Who types a slash command, and where; each field defaults to {@link TEST_USER}'s. */
export interface CommandFrom {
  userId?: string;
  userName?: string;
  channelId?: string;
  /** `directmessage` in a DM. */
  channelName?: string;
  /** The workspace (team id), for apps installed in many. */
  teamId?: string;
}

/** A slash command payload (the form fields Slack posts). */
export function slashCommand(
  text: string,
  responseUrl: string,
  from: CommandFrom = {},
): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: from.teamId ?? TEST_USER.team,
    team_domain: "fake",
    channel_id: from.channelId ?? TEST_USER.channel,
    channel_name: from.channelName ?? "general",
    user_id: from.userId ?? TEST_USER.id,
    user_name: from.userName ?? TEST_USER.name,
    command: "/ct",
    text,
    api_app_id: "A0FAKE",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `${Date.now()}.${randomUUID()}`,
  };
}

/** A button as it appears in a rendered message. */
export interface RenderedButton {
  action_id: string;
  value: string;
  text: { text: string };
}

/** A block_actions payload for a click on `button`. */
export function buttonClick(button: RenderedButton, responseUrl: string): Record<string, unknown> {
  return {
    type: "block_actions",
    user: {
      id: TEST_USER.id,
      username: TEST_USER.name,
      name: TEST_USER.name,
      team_id: TEST_USER.team,
    },
    api_app_id: "A0FAKE",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: TEST_USER.channel,
      is_ephemeral: true,
    },
    trigger_id: `${Date.now()}.${randomUUID()}`,
    team: { id: TEST_USER.team, domain: "fake" },
    channel: { id: TEST_USER.channel, name: "general" },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: button.action_id,
        block_id: "b1",
        text: { type: "plain_text", text: button.text.text },
        value: button.value,
        action_ts: `${Date.now() / 1000}${randomUUID().slice(0, 4)}`,
      },
    ],
  };
}

/** An app_home_opened event callback (in workspace `teamId`, TEST_USER's by default). */
export function homeOpened(
  tab: "home" | "messages" = "home",
  teamId: string = TEST_USER.team,
): Record<string, unknown> {
  return eventCallback(teamId, {
    type: "app_home_opened",
    user: TEST_USER.id,
    channel: "D0ALICE1",
    tab,
    event_ts: "1700000000.0001",
  });
}

/** app_uninstalled: workspace `teamId` removed the app. */
export function appUninstalled(teamId: string = TEST_USER.team): Record<string, unknown> {
  return eventCallback(teamId, { type: "app_uninstalled", event_ts: "1700000000.0002" });
}

/** tokens_revoked: tokens of workspace `teamId` were revoked (user ids under oauth and bot). */
export function tokensRevoked(
  teamId: string,
  tokens: { oauth?: string[]; bot?: string[] },
): Record<string, unknown> {
  return eventCallback(teamId, { type: "tokens_revoked", tokens, event_ts: "1700000000.0003" });
}

/** An Events API callback carrying `event` from workspace `teamId`. */
export function eventCallback(
  teamId: string,
  event: Record<string, unknown>,
): Record<string, unknown> {
  return {
    token: "legacy-verification-token",
    team_id: teamId,
    api_app_id: "A0FAKE",
    event,
    type: "event_callback",
    event_id: `Ev${randomUUID().slice(0, 8)}`,
    event_time: 1_700_000_000,
    authorizations: [
      { enterprise_id: null, team_id: teamId, user_id: FAKE_BOT.userId, is_bot: true },
    ],
    is_ext_shared_channel: false,
  };
}

/** The form body Slack posts for a slash command. */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** The form body Slack posts for an interaction (`payload=<JSON>`). */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Slack's v0 signature of `body` at `timestamp` (seconds). */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Options for {@link postSigned}. */
export interface PostOptions {
  secret: string;
  contentType?: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature (to send a bad one). */
  signature?: string;
  retryNum?: number;
}

/** Posts `body` to `url` the way Slack does, signed. */
export function postSigned(url: string, body: string, options: PostOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? signature(options.secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}
