/**
 * Daily posts on Slack, wired: one Web API client without retries, the bot token per
 * workspace, the scheduler's poster, and the per-request `/ct daily` checks.
 */
import type { Logger as BoltLogger } from "@slack/bolt";
import type { Caller } from "../../src/commands/command.js";
import type { DailyAccess, DailyPoster } from "../../src/scheduling/daily-port.js";
import { createDailyWebClient } from "./daily-web-client.js";
import { createSlackDailyAccess } from "./slack-daily-access.js";
import { createSlackPoster } from "./slack-poster.js";
import { singleWorkspaceTokens } from "./slack-tokens.js";

/** Options for {@link createSlackDaily}. */
export interface SlackDailyOptions {
  /** SLACK_BOT_TOKEN: the one workspace's token until OAuth installs arrive. */
  botToken: string;
  /** SLACK_API_URL; Slack's own when unset. */
  apiUrl?: string;
  /** CT_DAILY_ADMINS. */
  dailyAdmins: readonly string[];
  logger: BoltLogger;
  /** How long a Web API call may take. */
  timeoutMs?: number;
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
 * const daily = createSlackDaily({ botToken, dailyAdmins: config.dailyAdmins, logger: boltLogger });
 * await bot.ask("daily on", { caller, dailyAccess: daily.accessFor(caller) });
 */
export function createSlackDaily(options: SlackDailyOptions): SlackDaily {
  const client = createDailyWebClient({
    ...(options.apiUrl === undefined ? {} : { apiUrl: options.apiUrl }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    logger: options.logger,
  });
  const tokenFor = singleWorkspaceTokens(options.botToken);
  const deps = { client, tokenFor, dailyAdmins: options.dailyAdmins };
  return {
    poster: createSlackPoster({ client, tokenFor }),
    accessFor: (caller) => createSlackDailyAccess(caller, deps),
  };
}
