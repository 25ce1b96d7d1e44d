/**
 * Configuration, read once from the environment and validated. A bad variable fails
 * start-up with a message naming it; nothing else in the code reads process.env.
 */
import { resolve } from "node:path";
import { z } from "zod";
import { ConfigError } from "./runtime/errors.js";

/** Slack settings, present when Slack is configured. */
export interface SlackConfig {
  /** socket: SLACK_APP_TOKEN set; http: SLACK_SIGNING_SECRET without it; oauth: many workspaces. */
  mode: "socket" | "http" | "oauth";
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL, e.g. https://slack.com/api/ (GovSlack and tests use another). */
  apiUrl?: string;
  clientId?: string;
  clientSecret?: string;
  stateSecret?: string;
}

/** Discord settings, present when Discord is configured. */
export interface DiscordConfig {
  /** gateway: a websocket session with DISCORD_TOKEN; http: signed interactions (DISCORD_PUBLIC_KEY). */
  mode: "gateway" | "http";
  token?: string;
  appId: string;
  publicKey?: string;
  /** REST base URL without the version, e.g. https://discord.com/api. */
  apiUrl?: string;
}

/** The validated configuration. */
export interface Config {
  logLevel: string;
  /** Whether LOG_LEVEL was set explicitly (the console bot is quiet otherwise). */
  logLevelSet: boolean;
  port: number;
  noColor: boolean;
  /** Content folders; the bundled content/ when unset. */
  contentDirs?: string[];
  dataDir: string;
  databaseUrl?: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Slack user ids allowed to manage daily posts besides workspace admins. */
  dailyAdmins: string[];
  /** Set in a shard process started by `ct-bot discord shards` (discord.js's SHARDS, SHARD_COUNT). */
  shard?: { id: number; count: number };
}

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));
const url = optional.pipe(
  z.url({ protocol: /^https?$/u, message: "must be an http(s) URL" }).optional(),
);

const envSchema = z.object({
  LOG_LEVEL: optional.pipe(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  ),
  PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/u, "must be a port number")
      .transform(Number)
      .pipe(z.number().max(65535))
      .optional(),
  ),
  NO_COLOR: z.string().optional(),
  CONTENT_DIR: optional,
  DATA_DIR: optional,
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//u, "must be a postgres:// URL")
      .optional(),
  ),
  SLACK_BOT_TOKEN: optional.pipe(
    z.string().startsWith("xoxb-", "must be a bot token (xoxb-…)").optional(),
  ),
  SLACK_APP_TOKEN: optional.pipe(
    z.string().startsWith("xapp-", "must be an app-level token (xapp-…)").optional(),
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: url,
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional.pipe(
    z
      .string()
      .regex(/^\d{15,22}$/u, "must be the application id (digits)")
      .optional(),
  ),
  DISCORD_PUBLIC_KEY: optional.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/u, "must be the 64-hex-digit public key")
      .optional(),
  ),
  DISCORD_API_URL: url,
  CT_DAILY_ADMINS: optional,
  // Set by discord.js's ShardingManager in the shard processes it starts.
  SHARDS: optional.pipe(
    z.string().regex(/^\d+$/u, "must be a shard id").transform(Number).optional(),
  ),
  SHARD_COUNT: optional.pipe(
    z.string().regex(/^\d+$/u, "must be a shard count").transform(Number).optional(),
  ),
});

/**
 * Reads and validates the configuration from `env`.
 * Throws {@link ConfigError} naming every bad or missing variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })),
    );
  }
  const e = parsed.data;
  const problems: Array<{ variable: string; message: string }> = [];
  const need = (variable: string, value: string | undefined, when: string) => {
    if (value === undefined) problems.push({ variable, message: `required when ${when}` });
  };

  let slack: SlackConfig | undefined;
  const oauth =
    e.SLACK_CLIENT_ID !== undefined ||
    e.SLACK_CLIENT_SECRET !== undefined ||
    e.SLACK_STATE_SECRET !== undefined;
  if (oauth) {
    need("SLACK_CLIENT_ID", e.SLACK_CLIENT_ID, "Slack OAuth is configured");
    need("SLACK_CLIENT_SECRET", e.SLACK_CLIENT_SECRET, "Slack OAuth is configured");
    need("SLACK_STATE_SECRET", e.SLACK_STATE_SECRET, "Slack OAuth is configured");
    need("SLACK_SIGNING_SECRET", e.SLACK_SIGNING_SECRET, "Slack OAuth is configured");
    slack = { mode: "oauth" };
  } else if (e.SLACK_APP_TOKEN !== undefined) {
    need("SLACK_BOT_TOKEN", e.SLACK_BOT_TOKEN, "SLACK_APP_TOKEN is set");
    slack = { mode: "socket" };
  } else if (e.SLACK_SIGNING_SECRET !== undefined) {
    need("SLACK_BOT_TOKEN", e.SLACK_BOT_TOKEN, "SLACK_SIGNING_SECRET is set");
    slack = { mode: "http" };
  } else if (e.SLACK_BOT_TOKEN !== undefined) {
    problems.push({
      variable: "SLACK_APP_TOKEN",
      message: "set it (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) with SLACK_BOT_TOKEN",
    });
  }
  if (slack) {
    slack = {
      ...slack,
      ...defined({
        botToken: e.SLACK_BOT_TOKEN,
        appToken: e.SLACK_APP_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        apiUrl: e.SLACK_API_URL,
        clientId: e.SLACK_CLIENT_ID,
        clientSecret: e.SLACK_CLIENT_SECRET,
        stateSecret: e.SLACK_STATE_SECRET,
      }),
    };
  }

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_PUBLIC_KEY !== undefined || e.DISCORD_TOKEN !== undefined) {
    need(
      "DISCORD_APP_ID",
      e.DISCORD_APP_ID,
      e.DISCORD_PUBLIC_KEY ? "DISCORD_PUBLIC_KEY is set" : "DISCORD_TOKEN is set",
    );
    discord = {
      mode: e.DISCORD_PUBLIC_KEY !== undefined ? "http" : "gateway",
      appId: e.DISCORD_APP_ID ?? "",
      ...defined({
        token: e.DISCORD_TOKEN,
        publicKey: e.DISCORD_PUBLIC_KEY,
        apiUrl: e.DISCORD_API_URL,
      }),
    };
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    logLevel: e.LOG_LEVEL ?? "info",
    logLevelSet: e.LOG_LEVEL !== undefined,
    port: e.PORT ?? 3000,
    noColor: e.NO_COLOR !== undefined && e.NO_COLOR !== "",
    ...(e.CONTENT_DIR
      ? { contentDirs: e.CONTENT_DIR.split(",").map((d) => resolve(d.trim())) }
      : {}),
    dataDir: resolve(e.DATA_DIR ?? "data"),
    ...defined({ databaseUrl: e.DATABASE_URL }),
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
    dailyAdmins: (e.CT_DAILY_ADMINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    ...(e.SHARDS !== undefined && e.SHARD_COUNT !== undefined
      ? { shard: { id: e.SHARDS, count: e.SHARD_COUNT } }
      : {}),
  };
}

/** The secret values in `config`, for scrubbing logs. */
export function secretsOf(config: Config): string[] {
  const { slack, discord } = config;
  return [
    slack?.botToken,
    slack?.appToken,
    slack?.signingSecret,
    slack?.clientSecret,
    slack?.stateSecret,
    discord?.token,
    config.databaseUrl,
  ].filter((s): s is string => s !== undefined);
}

/** Drops the undefined values of `record` (exactOptionalPropertyTypes forbids them). */
function defined<T extends Record<string, string | undefined>>(
  record: T,
): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: string;
  };
}
