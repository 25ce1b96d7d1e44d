/**
 * Builds the Bolt app: the receiver for the transport, the delivery guard (retries, work in
 * progress), and the listeners for `/ct`, buttons and App Home.
 */
import { App } from "@slack/bolt";
import type { Bot } from "../../src/commands/create-bot.js";
import type { SlackConfig } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import { createBoltLogger } from "./bolt-logger.js";
import { createReceiver, type SlackReceiver, webApiBase } from "./create-receiver.js";
import { createMemoryDedupe, type DeliveryDedupe } from "./delivery-dedupe.js";
import { createDeliveryGuard } from "./delivery-guard.js";
import { handleButton } from "./handle-button.js";
import { handleCommand } from "./handle-command.js";
import { handleHome } from "./handle-home.js";
import { createInflightWork, type InflightWork } from "./inflight-work.js";
import { renderHome } from "./render-home.js";
import { SlackAdapterError } from "./slack-errors.js";

/** What the Slack app is built from. */
export interface SlackAppOptions {
  slack: SlackConfig;
  bot: Bot;
  logger: Logger;
  /** Where delivery keys are remembered; in memory unless a shared store is given. */
  dedupe?: DeliveryDedupe;
}

/** The built app, its transport, and its work in progress. */
export interface SlackApp {
  app: App;
  transport: SlackReceiver;
  work: InflightWork;
}

/**
 * Creates the Bolt app. Nothing is called on Slack until `app.init()` (auth.test).
 *
 * @example
 * const { app } = createSlackApp({ slack: config.slack, bot, logger });
 * await app.init();
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack, bot, logger } = options;
  const boltLogger = createBoltLogger(logger);
  const transport = createReceiver(slack, boltLogger);
  if (slack.botToken === undefined) {
    throw new SlackAdapterError("slack_config_missing", "SLACK_BOT_TOKEN is required for Slack");
  }
  const app = new App({
    token: slack.botToken,
    receiver: transport.receiver,
    logger: boltLogger,
    logLevel: boltLogger.getLevel(),
    clientOptions: slack.apiUrl === undefined ? {} : { slackApiUrl: webApiBase(slack.apiUrl) },
    // auth.test runs in app.init(), so a bad token fails start-up instead of the first request.
    deferInitialization: true,
    // The bot keeps no conversation state: buttons carry everything they need.
    convoStore: false,
  });
  const work = createInflightWork();
  app.use(createDeliveryGuard({ dedupe: options.dedupe ?? createMemoryDedupe(), work, logger }));
  handleCommand(app, { bot, logger });
  handleButton(app, { bot, logger });
  handleHome(app, renderHome(bot), logger);
  app.error(async (error) => {
    logger.error({ err: error, platform: "slack" }, "Slack listener failed");
  });
  return { app, transport, work };
}
