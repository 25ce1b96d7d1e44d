/**
 * Bolt's receivers for the configured transport, and the paths they serve. Receivers only
 * move requests in and acknowledgements out; listeners are the same for every mode.
 *
 * - Socket Mode (SLACK_APP_TOKEN): Bolt's SocketModeReceiver; its apps.connections.open call
 *   uses SLACK_API_URL like every other Web API call.
 * - HTTP (SLACK_SIGNING_SECRET): Bolt's HTTPReceiver, never started on its own port: its
 *   `requestListener` (body parsing, 3 s ack) is mounted on the shared server's
 *   POST /slack/events behind the request gate, which checks signatures and timestamps.
 * - OAuth (SLACK_CLIENT_ID…): the same HTTPReceiver with Bolt's installer, which also serves
 *   GET /slack/install and GET /slack/oauth_redirect. Stateless across replicas: the `state`
 *   parameter is a JWT signed with SLACK_STATE_SECRET (Bolt's default state store), checked on
 *   the way back by signature and age, never looked up; Bolt binds it to the browser with a
 *   cookie the browser sends back to whichever replica the redirect reaches.
 */
import {
  AuthorizationError,
  type Logger as BoltLogger,
  HTTPReceiver,
  type InstallationStore,
  type ReceiverProcessEventErrorHandlerArgs,
  SocketModeReceiver,
} from "@slack/bolt";
import type { SlackConfig } from "../config.js";
import { SlackAdapterError } from "../errors.js";
import { BOT_SCOPES } from "../render/bot-scopes.js";
import { appClientOptions, webApiBase } from "./web-client.js";

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
    const clientOptions = appClientOptions(slack.apiUrl);
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
        processEventErrorHandler: answerUnprocessable,
        signatureVerification: GATE_VERIFIES,
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

/**
 * Whether Bolt's HTTPReceiver checks signatures itself: no. Every POST reaches it through
 * gateSlackRequest (request-gate.ts), which checks the signature as Bolt's own function does,
 * the timestamp both ways, and strips an SSL check down to the check; a second check here
 * would cost three more HMACs on every request. The GET install routes carry no signature.
 */
const GATE_VERIFIES = false;

function missing(variable: string, mode: string): SlackAdapterError {
  return new SlackAdapterError("slack_config_missing", `${variable} is required for Slack ${mode}`);
}

/** Where Slack posts slash commands, buttons and events in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** The install link people open to add ct-bot to a workspace (OAuth mode). */
export const SLACK_INSTALL_PATH = "/slack/install";

/** Where Slack sends the browser back after someone approves the install (OAuth mode). */
export const SLACK_OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

/**
 * The public URL of `path` on the bot at `baseUrl` (e.g. `https://bot.example.org`). People
 * sometimes give the events URL itself as the base; its /slack/events is dropped first.
 *
 * @example
 * publicUrlFor("https://bot.example.org/", SLACK_OAUTH_REDIRECT_PATH);
 * // "https://bot.example.org/slack/oauth_redirect"
 */
export function publicUrlFor(baseUrl: string, path: string): string {
  let base = baseUrl.replace(/\/+$/u, "");
  if (base.endsWith(SLACK_EVENTS_PATH)) base = base.slice(0, -SLACK_EVENTS_PATH.length);
  return `${base}${path}`;
}

/** Slack's own authorize page, where people approve the install. */
export const SLACK_AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize";

/**
 * The authorize page that goes with the Web API at `apiUrl`: a deployment with its own API
 * host (GovSlack: https://slack-gov.com/api/) has its own authorize page beside it.
 */
export function authorizeUrlFor(apiUrl: string | undefined): string {
  if (apiUrl === undefined) return SLACK_AUTHORIZE_URL;
  return new URL("../oauth/v2/authorize", webApiBase(apiUrl)).toString();
}

/**
 * Creates the receiver. Throws {@link SlackAdapterError} when a credential is missing.
 *
 * @example
 * const receiver = createOAuthReceiver(config.slack, createSlackInstallationStore({ store, logger }), boltLogger);
 */
export function createOAuthReceiver(
  slack: SlackConfig,
  installationStore: InstallationStore,
  logger: BoltLogger,
): HTTPReceiver {
  const { signingSecret, clientId, clientSecret, stateSecret } = slack;
  if (signingSecret === undefined) throw missing("SLACK_SIGNING_SECRET", "OAuth");
  if (clientId === undefined) throw missing("SLACK_CLIENT_ID", "OAuth");
  if (clientSecret === undefined) throw missing("SLACK_CLIENT_SECRET", "OAuth");
  if (stateSecret === undefined) throw missing("SLACK_STATE_SECRET", "OAuth");
  return new HTTPReceiver({
    signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    processEventErrorHandler: answerUnprocessable,
    signatureVerification: GATE_VERIFIES,
    // The installer's Web API client logs request bodies at debug level, and the body of
    // oauth.v2.access holds the client secret: the receiver and its installer report
    // warnings and errors only. Listeners log through the app's own logger, unchanged.
    logger: quietBelowWarn(logger),
    clientId,
    clientSecret,
    stateSecret,
    scopes: BOT_SCOPES.map((s) => s.scope),
    installationStore,
    installerOptions: {
      installPath: SLACK_INSTALL_PATH,
      redirectUriPath: SLACK_OAUTH_REDIRECT_PATH,
      // The install link goes straight to Slack's page: ct-bot has no landing page of its own.
      directInstall: true,
      authorizationUrl: authorizeUrlFor(slack.apiUrl),
      // oauth.v2.access and the auth.test after it go to SLACK_API_URL like every other call.
      clientOptions: slack.apiUrl === undefined ? {} : { slackApiUrl: webApiBase(slack.apiUrl) },
    },
  });
}

/**
 * Answers a request Bolt failed to process. Listener errors never get here (the app's error
 * handler takes them), so what does is Bolt reading a signed payload whose fields are missing
 * or of the wrong type (`"actions": null`): bad input, 400. A refused installation is 401, as
 * in Bolt's default handler; anything else 500. Returns whether the request counts as handled.
 */
async function answerUnprocessable(args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  const { error, response, logger } = args;
  if (response.headersSent) return false;
  const status = error instanceof AuthorizationError ? 401 : error instanceof TypeError ? 400 : 500;
  logger.warn(`Slack payload not processed (${status}): ${error.message}`);
  response.writeHead(status);
  response.end();
  return status !== 500;
}

/** `logger` without its debug and info lines. */
function quietBelowWarn(logger: BoltLogger): BoltLogger {
  return {
    debug: () => {},
    info: () => {},
    warn: (...message) => logger.warn(...message),
    error: (...message) => logger.error(...message),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}
