/**
 * Daily posts on Slack, wired: one Web API client without retries, the bot token per
 * workspace (see slack-tokens.ts), the scheduler's poster, and the per-request `/ct daily`
 * checks.
 */
import type { Logger as BoltLogger } from "@slack/bolt";
import type { Caller } from "../../../src/commands/command.js";
import type { DailyAccess, DailyPoster } from "../../../src/daily/port.js";
import type { Language } from "../../../src/i18n/language.js";
import type { TokenSource } from "../transport/installations.js";
import { createDailyWebClient } from "../transport/web-client.js";
import { createSlackDailyAccess } from "./access.js";
import { createSlackPoster } from "./poster.js";

/** Options for {@link createSlackDaily}. */
export interface SlackDailyOptions {
  /** Each workspace's bot token: SLACK_BOT_TOKEN, or the workspace's installation (OAuth). */
  tokenFor: TokenSource;
  /** SLACK_API_URL; Slack's own when unset. */
  apiUrl?: string;
  /** CT_DAILY_ADMINS. */
  dailyAdmins: readonly string[];
  logger: BoltLogger;
  /** How long a Web API call may take. */
  timeoutMs?: number;
  /** SLACK_DEFAULT_LANG: the language of daily cards whose subscription sets none. */
  defaultLanguage?: Language;
}

/** The poster for the scheduler, and the checks for each `/ct daily` request. */
export interface SlackDaily {
  poster: DailyPoster;
  accessFor(caller: Caller): DailyAccess;
}

/**
 * Creates both halves over one client.
 *
 * @example
 * const tokenFor = singleWorkspaceTokens(botToken);
 * const daily = createSlackDaily({ tokenFor, dailyAdmins: config.dailyAdmins, logger: boltLogger });
 * await bot.ask("daily on", { caller, dailyAccess: daily.accessFor(caller) });
 */
export function createSlackDaily(options: SlackDailyOptions): SlackDaily {
  const client = createDailyWebClient({
    ...(options.apiUrl === undefined ? {} : { apiUrl: options.apiUrl }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    logger: options.logger,
  });
  const { tokenFor } = options;
  const deps = { client, tokenFor, dailyAdmins: options.dailyAdmins };
  const language = options.defaultLanguage;
  const poster = createSlackPoster({ client, tokenFor });
  return {
    poster: language === undefined ? poster : { ...poster, defaultLanguage: language },
    accessFor: (caller) => {
      const access = createSlackDailyAccess(caller, deps);
      return language === undefined ? access : { ...access, channelLanguage: language };
    },
  };
}
