/**
 * Starts the Slack adapter (Socket Mode or HTTP) on top of the bot, with the daily poster
 * for the scheduler.
 */
import { sendJson } from "../http/http-server.js";
import type { PlatformDeps, PlatformRuntime } from "../platform.js";
import { SLACK_EVENTS_PATH } from "./create-receiver.js";
import { createSlackApp } from "./create-slack-app.js";
import { SlackAdapterError } from "./slack-errors.js";

/**
 * Starts Slack in the mode the configuration selects. HTTP mode adds POST /slack/events to
 * the shared server (which the caller starts); Socket Mode connects before returning.
 * Rejects when the bot token (auth.test) or the app token (apps.connections.open) is refused.
 * The runtime's `poster` posts daily facts; the scheduler (started by the caller) drives it.
 */
export async function startSlack(deps: PlatformDeps): Promise<PlatformRuntime> {
  const { config, bot, logger, http } = deps;
  if (config.slack === undefined) {
    throw new SlackAdapterError("slack_not_configured", "Slack is not configured");
  }
  const { app, transport, work, poster } = createSlackApp({
    slack: config.slack,
    bot,
    logger,
    dailyAdmins: config.dailyAdmins,
  });
  let stopping: Promise<void> | undefined;
  let connected = false;

  await app.init();
  if (transport.mode === "http") {
    http.route("POST", SLACK_EVENTS_PATH, (request, response) => {
      // While stopping, refuse new work; Slack retries it (on another replica, if any).
      if (stopping) return sendJson(response, 503, { error: "shutting down" });
      transport.receiver.requestListener(request, response);
    });
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
    await app.start();
    connected = true;
  }
  logger.info({ platform: "slack", mode: transport.mode }, "Slack adapter started");

  return {
    name: "slack",
    poster,
    isReady: () =>
      stopping === undefined && (transport.mode === "socket" ? connected : http.server.listening),
    stop() {
      stopping ??= (async () => {
        // The receiver's own stop() resolves before the socket closes; wait for the close.
        if (transport.mode === "socket") await transport.receiver.client.disconnect();
        await work.drain();
        logger.info({ platform: "slack" }, "Slack adapter stopped");
      })();
      return stopping;
    },
  };
}
