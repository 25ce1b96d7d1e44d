/**
 * Picks Bolt's receiver for the configured transport. Receivers only move requests in and
 * acknowledgements out; listeners are the same for every mode.
 *
 * - Socket Mode (SLACK_APP_TOKEN): Bolt's SocketModeReceiver; its apps.connections.open call
 *   uses SLACK_API_URL like every other Web API call.
 * - HTTP (SLACK_SIGNING_SECRET): Bolt's HTTPReceiver, never started on its own port: its
 *   `requestListener` (signature and timestamp checks, body parsing, 3 s ack) is mounted on
 *   the shared server's POST /slack/events.
 * - OAuth (SLACK_CLIENT_ID…): the same HTTPReceiver with Bolt's installer, which also serves
 *   GET /slack/install and GET /slack/oauth_redirect (see create-oauth-receiver.ts).
 */
import type { Logger as BoltLogger, InstallationStore } from "@slack/bolt";
import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../config.js";
import { SlackAdapterError } from "../errors.js";
import { createOAuthReceiver } from "./oauth-receiver.js";
import { SLACK_EVENTS_PATH } from "./routes.js";
import { webApiBase } from "./web-api-base.js";

/** The receiver for one transport. `oauth`: HTTP with the install flow, many workspaces. */
export type SlackReceiver =
  | { mode: "http"; oauth: boolean; receiver: HTTPReceiver }
  | { mode: "socket"; receiver: SocketModeReceiver };

/**
 * The receiver `slack` asks for; OAuth mode needs `installationStore`. Throws
 * {@link SlackAdapterError} when it cannot be built.
 */
export function createReceiver(
  slack: SlackConfig,
  logger: BoltLogger,
  installationStore?: InstallationStore,
): SlackReceiver {
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
      oauth: false,
      receiver: new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger,
      }),
    };
  }
  if (slack.appToken !== undefined) {
    // Installing into many workspaces needs the public HTTP routes; Socket Mode has none.
    throw new SlackAdapterError(
      "slack_mode_unsupported",
      "Slack OAuth (many workspaces) runs in HTTP mode: unset SLACK_APP_TOKEN",
    );
  }
  if (installationStore === undefined) {
    throw new SlackAdapterError(
      "slack_store_required",
      "Slack OAuth keeps each workspace's installation in the store, and none is open",
    );
  }
  return {
    mode: "http",
    oauth: true,
    receiver: createOAuthReceiver(slack, installationStore, logger),
  };
}

function missing(variable: string, mode: string): SlackAdapterError {
  return new SlackAdapterError("slack_config_missing", `${variable} is required for Slack ${mode}`);
}
