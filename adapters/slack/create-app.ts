/**
 * Builds the Bolt app: the receiver for the transport, the retry guard (retries, work in
 * progress), the listeners for `/ct`, buttons, App Home and uninstalls, and the daily-post
 * wiring they share with the scheduler. One workspace (SLACK_BOT_TOKEN) or many (OAuth: each
 * workspace's token from its installation in the store).
 */
import { App } from "@slack/bolt";
import type { Bot } from "../../src/commands/create-bot.js";
import type { DailyPoster } from "../../src/daily/port.js";
import type { Language } from "../../src/i18n/language.js";
import { createInFlight, type InFlight } from "../../src/runtime/in-flight.js";
import type { Logger } from "../../src/runtime/logger.js";
import {
  createMemorySeenEvents,
  createStoreSeenEvents,
  type SeenEvents,
} from "../../src/runtime/seen-events.js";
import { sealInstallations } from "../../src/store/sealed-installations.js";
import type { SlackConfig, SlackStore } from "./config.js";
import { createSlackDaily } from "./daily/create-daily.js";
import { SlackAdapterError } from "./errors.js";
import { handleButton, handleCommand, handleHome } from "./handlers/listeners.js";
import { handleUninstall } from "./handlers/uninstall.js";
import { type HomeView, renderHome } from "./render/home.js";
import { createBoltLogger } from "./transport/bolt-logger.js";
import {
  authorizedWorkspaceTokens,
  createSlackInstallationStore,
  singleWorkspaceTokens,
  type TokenSource,
} from "./transport/installations.js";
import { createReceiver, type SlackReceiver } from "./transport/receivers.js";
import { createResponseUrlPoster, type ResponseUrlPoster } from "./transport/response-url.js";
import { createRetryGuard, SLACK_SEEN_EVENT_PREFIX } from "./transport/retry-guard.js";
import { createUserLanguages } from "./transport/user-languages.js";
import { appClientOptions } from "./transport/web-client.js";

/** What the Slack app is built from. */
export interface SlackAppOptions {
  slack: SlackConfig;
  bot: Bot;
  logger: Logger;
  /**
   * The shared store: OAuth installations, and the keys of Slack retries (seen events) so a retry
   * reaching another replica is still answered once. Required in OAuth mode.
   */
  store?: SlackStore;
  /** Where seen-event keys are remembered; the store's when one is given, else in memory. */
  seenEvents?: SeenEvents;
  /** CT_DAILY_ADMINS: who may manage daily posts besides workspace admins and owners. */
  dailyAdmins?: readonly string[];
}

/** The built app, its transport, its work in progress, and its daily poster. */
export interface SlackApp {
  app: App;
  transport: SlackReceiver;
  inFlight: InFlight;
  /** Posts daily facts for the scheduler. */
  poster: DailyPoster;
  /** Posts answers to response URLs; close it once the work in flight is done. */
  responseUrls: ResponseUrlPoster;
}

/**
 * Creates the Bolt app. Nothing is called on Slack until `app.init()` (auth.test, with a
 * single bot token; nothing with OAuth, where each request is authorized from the store).
 *
 * @example
 * const { app } = createSlackApp({ slack: config.slack, bot, logger, store });
 * await app.init();
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack, bot, logger, store } = options;
  const boltLogger = createBoltLogger(logger);
  const oauth = slack.mode === "oauth";
  const transport = createReceiver(
    slack,
    boltLogger,
    oauth && store
      ? createSlackInstallationStore({
          store: sealInstallations(store, requiredKeys(slack)),
          logger,
        })
      : undefined,
  );
  const botToken = oauth ? undefined : requiredBotToken(slack);
  const tokenFor =
    botToken === undefined
      ? oauthTokens(slack, transport, logger)
      : singleWorkspaceTokens(botToken);
  const app = new App({
    // With OAuth, Bolt's authorize reads each workspace's token from the installation store.
    ...(botToken === undefined ? {} : { token: botToken }),
    receiver: transport.receiver,
    logger: boltLogger,
    logLevel: boltLogger.getLevel(),
    clientOptions: appClientOptions(slack.apiUrl),
    // auth.test runs in app.init(), so a bad token fails start-up instead of the first request.
    deferInitialization: true,
    // The bot keeps no conversation state: buttons carry everything they need.
    convoStore: false,
  });
  const inFlight = createInFlight();
  const seenEvents =
    options.seenEvents ??
    (store
      ? createStoreSeenEvents(store, { prefix: SLACK_SEEN_EVENT_PREFIX })
      : createMemorySeenEvents());
  app.use(createRetryGuard({ seenEvents, inFlight, logger }));
  const daily = createSlackDaily({
    tokenFor,
    ...(slack.apiUrl === undefined ? {} : { apiUrl: slack.apiUrl }),
    dailyAdmins: options.dailyAdmins ?? [],
    logger: boltLogger,
    defaultLanguage: slack.defaultLanguage,
  });
  const responseUrls = createResponseUrlPoster();
  const answers = {
    bot,
    logger,
    dailyAccess: daily.accessFor,
    responseUrls,
    languages: createUserLanguages(logger),
    defaultLanguage: slack.defaultLanguage,
  };
  handleCommand(app, answers);
  handleButton(app, answers);
  // One Home tab per language, built on first use: it depends only on content and registry.
  const homes = new Map<Language, HomeView>();
  const homeIn = (language: Language): HomeView => {
    const view = homes.get(language) ?? renderHome(bot, language);
    homes.set(language, view);
    return view;
  };
  handleHome(app, homeIn, answers);
  handleUninstall(app, { logger, ...(store ? { store } : {}) });
  app.error(async (error) => {
    logger.error({ err: error, platform: "slack" }, "Slack listener failed");
  });
  return { app, transport, inFlight, poster: daily.poster, responseUrls };
}

function requiredBotToken(slack: SlackConfig): string {
  if (slack.botToken === undefined) {
    throw new SlackAdapterError("slack_config_missing", "SLACK_BOT_TOKEN is required for Slack");
  }
  return slack.botToken;
}

function requiredKeys(slack: SlackConfig) {
  if (slack.encryptionKeys === undefined) {
    throw new SlackAdapterError(
      "slack_config_missing",
      "CT_ENCRYPTION_KEY is required for Slack OAuth: installations are encrypted under it",
    );
  }
  return slack.encryptionKeys;
}

/**
 * Each workspace's token from its installation, for the daily poster and `/ct daily` checks:
 * through the installer, which refreshes rotating tokens as it does for requests.
 */
function oauthTokens(slack: SlackConfig, transport: SlackReceiver, logger: Logger): TokenSource {
  // createReceiver has already refused OAuth without a store; this only narrows the type.
  const installer = transport.mode === "http" ? transport.receiver.installer : undefined;
  if (installer === undefined) throw new SlackAdapterError("slack_store_required", "no store");
  if (slack.botToken !== undefined) {
    logger.warn(
      { platform: "slack" },
      "SLACK_BOT_TOKEN is ignored with Slack OAuth: each workspace's token comes from its installation",
    );
  }
  return authorizedWorkspaceTokens(installer);
}
