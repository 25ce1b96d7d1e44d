/**
 * The Discord adapter's variables, declared and validated here: the transport (gateway with
 * DISCORD_TOKEN, or HTTP interactions with DISCORD_PUBLIC_KEY), DISCORD_APP_ID,
 * DISCORD_API_URL, and the shard settings discord.js's ShardingManager gives shard processes.
 */
import { z } from "zod";
import { type ConfigRead, defined, optionalVar, parseEnv, urlVar } from "../../src/config.js";
import type { DailyStore } from "../../src/daily/daily-store.js";
import type { SeenEventStore } from "../../src/store/store.js";
import type { PlatformDeps } from "../platform.js";

/** Discord settings, present when Discord is configured. */
export interface DiscordConfig {
  /** gateway: a websocket session with DISCORD_TOKEN; http: signed interactions (DISCORD_PUBLIC_KEY). */
  mode: "gateway" | "http";
  token?: string;
  appId: string;
  publicKey?: string;
  /** REST base URL without the version, e.g. https://discord.com/api. */
  apiUrl?: string;
  /** Set in a shard process started by `ct-bot discord shards` (discord.js's SHARDS, SHARD_COUNT). */
  shard?: { id: number; count: number };
}

const discordSchema = z.object({
  DISCORD_TOKEN: optionalVar,
  DISCORD_APP_ID: optionalVar.pipe(
    z
      .string()
      .regex(/^\d{15,22}$/u, "must be the application id (digits)")
      .optional(),
  ),
  DISCORD_PUBLIC_KEY: optionalVar.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/u, "must be the 64-hex-digit public key")
      .optional(),
  ),
  DISCORD_API_URL: urlVar,
  // Set by discord.js's ShardingManager in the shard processes it starts.
  SHARDS: optionalVar.pipe(
    z.string().regex(/^\d+$/u, "must be a shard id").transform(Number).optional(),
  ),
  SHARD_COUNT: optionalVar.pipe(
    z.string().regex(/^\d+$/u, "must be a shard count").transform(Number).optional(),
  ),
});

/** Reads Discord's variables from `env`; the value is undefined when Discord is not configured. */
export function readDiscordConfig(env: NodeJS.ProcessEnv): ConfigRead<DiscordConfig | undefined> {
  const { data: e, problems } = parseEnv(discordSchema, env);
  if (e === undefined) return { value: undefined, problems };
  if (e.DISCORD_PUBLIC_KEY === undefined && e.DISCORD_TOKEN === undefined)
    return { value: undefined, problems };
  if (e.DISCORD_APP_ID === undefined)
    problems.push({
      variable: "DISCORD_APP_ID",
      message: `required when ${e.DISCORD_PUBLIC_KEY ? "DISCORD_PUBLIC_KEY is set" : "DISCORD_TOKEN is set"}`,
    });
  return {
    value: {
      mode: e.DISCORD_PUBLIC_KEY !== undefined ? "http" : "gateway",
      appId: e.DISCORD_APP_ID ?? "",
      ...defined({
        token: e.DISCORD_TOKEN,
        publicKey: e.DISCORD_PUBLIC_KEY,
        apiUrl: e.DISCORD_API_URL,
      }),
      ...(e.SHARDS !== undefined && e.SHARD_COUNT !== undefined
        ? { shard: { id: e.SHARDS, count: e.SHARD_COUNT } }
        : {}),
    },
    problems,
  };
}

/** The secret values of a Discord configuration, for scrubbing logs. */
export function discordSecrets(discord: DiscordConfig | undefined): string[] {
  return discord?.token === undefined ? [] : [discord.token];
}

/** What the Discord adapter is started with. */
export type DiscordDeps = PlatformDeps<{ discord?: DiscordConfig }, DiscordStore>;

/** The parts of the store Discord uses: daily posts, and seen interaction ids (replays). */
export type DiscordStore = DailyStore & SeenEventStore;
