/**
 * Starts the Slack adapter (Socket Mode, HTTP, or HTTP with OAuth installs into many
 * workspaces) on top of the bot, with the daily poster for the scheduler.
 */
import { type RouteHandler, sendJson } from "../../src/runtime/http.js";
import type { PlatformRuntime } from "../platform.js";
import type { SlackDeps } from "./config.js";
import { createSlackApp } from "./create-app.js";
import { SlackAdapterError } from "./errors.js";
import {
  SLACK_EVENTS_PATH,
  SLACK_INSTALL_PATH,
  SLACK_OAUTH_REDIRECT_PATH,
} from "./transport/receivers.js";
import { gateSlackRequest } from "./transport/request-gate.js";

/**
 * Starts Slack in the mode the configuration selects. HTTP mode adds POST /slack/events to
 * the shared server (which the caller starts), and with OAuth also GET /slack/install and
 * GET /slack/oauth_redirect; Socket Mode connects before returning. Rejects when the bot
 * token (auth.test) or the app token (apps.connections.open) is refused, or when OAuth is
 * configured without a store (`deps.store` keeps installations and, in every mode, the keys
 * of Slack retries shared by replicas).
 * The runtime's `poster` posts daily facts; the scheduler (started by the caller) drives it.
 */
export async function startSlack(deps: SlackDeps): Promise<PlatformRuntime> {
  const { config, bot, logger, http, store } = deps;
  if (config.slack === undefined) {
    throw new SlackAdapterError("slack_not_configured", "Slack is not configured");
  }
  const { app, transport, inFlight, poster, responseUrls } = createSlackApp({
    slack: config.slack,
    bot,
    logger,
    dailyAdmins: config.slack.dailyAdmins,
    ...(store ? { store } : {}),
  });
  let stopping: Promise<void> | undefined;
  let connected = false;

  try {
    await app.init();
    if (transport.mode === "socket") await app.start();
  } catch (error) {
    // A failed attempt leaves nothing running: start-up may try again with a new app.
    if (transport.mode === "socket") await transport.receiver.client.disconnect().catch(() => {});
    throw error;
  }
  if (transport.mode === "http") {
    const { receiver } = transport;
    const signingSecret = config.slack.signingSecret ?? "";
    const serve: RouteHandler = (request, response) => {
      // While stopping, refuse new work; Slack retries it (on another replica, if any).
      if (stopping) return sendJson(response, 503, { error: "shutting down" });
      receiver.requestListener(request, response);
    };
    const serveEvents: RouteHandler = async (request, response) => {
      if (stopping) return sendJson(response, 503, { error: "shutting down" });
      const gated = await gateSlackRequest(request, response, signingSecret);
      if (gated) receiver.requestListener(gated, response);
    };
    http.route("POST", SLACK_EVENTS_PATH, serveEvents);
    if (transport.oauth) {
      // Bolt's installer answers both; the state it checks is signed, so any replica will do.
      http.route("GET", SLACK_INSTALL_PATH, serve);
      http.route("GET", SLACK_OAUTH_REDIRECT_PATH, serve);
    }
  }
  if (transport.mode === "socket") {
    const { client } = transport.receiver;
    client.on("connected", () => {
      connected = true;
    });
    for (const state of ["disconnecting", "reconnecting", "disconnected"]) {
      client.on(state, () => {
        connected = false;
      });
    }
    connected = true;
  }
  logger.info({ platform: "slack", mode: config.slack.mode }, "Slack adapter started");

  return {
    name: "slack",
    poster,
    isReady: () =>
      stopping === undefined && (transport.mode === "socket" ? connected : http.listening),
    stop() {
      stopping ??= (async () => {
        // The receiver's own stop() resolves before the socket closes; wait for the close.
        if (transport.mode === "socket") await transport.receiver.client.disconnect();
        await inFlight.drain();
        responseUrls.close();
        logger.info({ platform: "slack" }, "Slack adapter stopped");
      })();
      return stopping;
    },
  };
}
