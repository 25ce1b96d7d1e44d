/**
 * Builds the Bolt app: the receiver for the transport, the delivery guard (retries, work in
 * progress), the listeners for `/ct`, buttons and App Home, and the daily-post wiring they
 * share with the scheduler.
 */
import { App } from "@slack/bolt";
import type { Bot } from "../../src/commands/create-bot.js";
import type { SlackConfig } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import type { DailyPoster } from "../../src/scheduling/daily-port.js";
import { createBoltLogger } from "./bolt-logger.js";
import { createReceiver, type SlackReceiver, webApiBase } from "./create-receiver.js";
import { createMemoryDedupe, type DeliveryDedupe } from "./delivery-dedupe.js";
import { createDeliveryGuard } from "./delivery-guard.js";
import { handleButton } from "./handle-button.js";
import { handleCommand } from "./handle-command.js";
import { handleHome } from "./handle-home.js";
import { createInflightWork, type InflightWork } from "./inflight-work.js";
import { renderHome } from "./render-home.js";
import { createSlackDaily } from "./slack-daily.js";
import { SlackAdapterError } from "./slack-errors.js";

/** What the Slack app is built from. */
export interface SlackAppOptions {
  slack: SlackConfig;
  bot: Bot;
  logger: Logger;
  /** Where delivery keys are remembered; in memory unless a shared store is given. */
  dedupe?: DeliveryDedupe;
  /** CT_DAILY_ADMINS: who may manage daily posts besides workspace admins and owners. */
  dailyAdmins?: readonly string[];
}

/** The built app, its transport, its work in progress, and its daily poster. */
export interface SlackApp {
  app: App;
  transport: SlackReceiver;
  work: InflightWork;
  /** Posts daily facts for the scheduler. */
  poster: DailyPoster;
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
  const daily = createSlackDaily({
    botToken: slack.botToken,
    ...(slack.apiUrl === undefined ? {} : { apiUrl: slack.apiUrl }),
    dailyAdmins: options.dailyAdmins ?? [],
    logger: boltLogger,
  });
  const answers = { bot, logger, dailyAccess: daily.accessFor };
  handleCommand(app, answers);
  handleButton(app, answers);
  handleHome(app, renderHome(bot), logger);
  app.error(async (error) => {
    logger.error({ err: error, platform: "slack" }, "Slack listener failed");
  });
  return { app, transport, work, poster: daily.poster };
}
