/**
 * Picks Bolt's receiver for the configured transport. Receivers only move requests in and
 * acknowledgements out; listeners are the same for both.
 *
 * - Socket Mode (SLACK_APP_TOKEN): Bolt's SocketModeReceiver; its apps.connections.open call
 *   uses SLACK_API_URL like every other Web API call.
 * - HTTP (SLACK_SIGNING_SECRET): Bolt's HTTPReceiver, never started on its own port: its
 *   `requestListener` (signature and timestamp checks, body parsing, 3 s ack) is mounted on
 *   the shared server's POST /slack/events.
 */
import type { Logger as BoltLogger } from "@slack/bolt";
import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../../src/config.js";
import { SlackAdapterError } from "./slack-errors.js";

/** The path Slack posts slash commands, buttons and events to in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** The receiver for one transport. */
export type SlackReceiver =
  | { mode: "http"; receiver: HTTPReceiver }
  | { mode: "socket"; receiver: SocketModeReceiver };

/** The receiver `slack` asks for. Throws {@link SlackAdapterError} when it cannot be built. */
export function createReceiver(slack: SlackConfig, logger: BoltLogger): SlackReceiver {
  if (slack.mode === "socket") {
    if (slack.appToken === undefined) throw missing("SLACK_APP_TOKEN", "Socket Mode");
    const clientOptions =
      slack.apiUrl === undefined ? {} : { slackApiUrl: webApiBase(slack.apiUrl) };
    return {
      mode: "socket",
      receiver: new SocketModeReceiver({
        appToken: slack.appToken,
        logger,
        installerOptions: { clientOptions },
      }),
    };
  }
  if (slack.mode === "http") {
    if (slack.signingSecret === undefined) throw missing("SLACK_SIGNING_SECRET", "HTTP mode");
    return {
      mode: "http",
      receiver: new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger,
      }),
    };
  }
  throw new SlackAdapterError(
    "slack_mode_unsupported",
    "Slack OAuth (many workspaces) is not supported yet: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET instead",
  );
}

/** The Web API base with the trailing slash the Slack SDK joins method names to. */
export function webApiBase(apiUrl: string): string {
  return apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
}

function missing(variable: string, mode: string): SlackAdapterError {
  return new SlackAdapterError("slack_config_missing", `${variable} is required for Slack ${mode}`);
}
