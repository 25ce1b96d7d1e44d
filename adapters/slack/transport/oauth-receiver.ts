/**
 * The HTTP receiver for many workspaces: Bolt's HTTPReceiver with its OAuth installer, so the
 * shared server's GET /slack/install and GET /slack/oauth_redirect run Slack's install flow
 * and POST /slack/events is authorized per workspace from the installation store.
 *
 * Stateless across replicas: the `state` parameter is a JWT signed with SLACK_STATE_SECRET
 * (Bolt's default state store), checked on the way back by signature and age, never looked
 * up. Bolt also binds it to the browser with a cookie, which the browser itself sends back to
 * whichever replica the redirect reaches, so no replica needs to remember anything.
 */
import { type Logger as BoltLogger, HTTPReceiver, type InstallationStore } from "@slack/bolt";
import type { SlackConfig } from "../config.js";
import { SlackAdapterError } from "../errors.js";
import { BOT_SCOPES } from "../render/manifest.js";
import { SLACK_EVENTS_PATH, SLACK_INSTALL_PATH, SLACK_OAUTH_REDIRECT_PATH } from "./routes.js";
import { webApiBase } from "./web-api-base.js";

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
  if (signingSecret === undefined) throw missing("SLACK_SIGNING_SECRET");
  if (clientId === undefined) throw missing("SLACK_CLIENT_ID");
  if (clientSecret === undefined) throw missing("SLACK_CLIENT_SECRET");
  if (stateSecret === undefined) throw missing("SLACK_STATE_SECRET");
  return new HTTPReceiver({
    signingSecret,
    endpoints: SLACK_EVENTS_PATH,
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

function missing(variable: string): SlackAdapterError {
  return new SlackAdapterError("slack_config_missing", `${variable} is required for Slack OAuth`);
}
