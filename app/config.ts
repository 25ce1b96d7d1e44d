/**
 * The whole configuration: the core's variables and each platform adapter's, read from the
 * environment once at start-up. A bad variable anywhere fails start-up with one message naming
 * every bad variable.
 */
import {
  type DiscordConfig,
  discordSecrets,
  readDiscordConfig,
} from "../adapters/discord/config.js";
import { readSlackConfig, type SlackConfig, slackSecrets } from "../adapters/slack/config.js";
import { type Config, readCoreConfig } from "../src/config.js";
import { ConfigError } from "../src/runtime/errors.js";

/** The validated configuration of a ct-bot process. */
export interface AppConfig extends Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/**
 * Reads and validates the configuration from `env`.
 * Throws {@link ConfigError} naming every bad or missing variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const core = readCoreConfig(env);
  const slack = readSlackConfig(env);
  const discord = readDiscordConfig(env);
  const problems = [...core.problems, ...slack.problems, ...discord.problems];
  if (problems.length > 0 || core.value === undefined) throw new ConfigError(problems);
  return {
    ...core.value,
    ...(slack.value ? { slack: slack.value } : {}),
    ...(discord.value ? { discord: discord.value } : {}),
  };
}

/** The secret values in `config`, for scrubbing logs; Slack's include CT_ENCRYPTION_KEY and each of its keys. */
export function secretsOf(config: AppConfig): string[] {
  return [
    ...slackSecrets(config.slack),
    ...discordSecrets(config.discord),
    ...(config.databaseUrl === undefined ? [] : [config.databaseUrl]),
  ];
}
