/**
 * `ct-bot discord shards`: the gateway split over several processes with discord.js's
 * ShardingManager (totalShards "auto": Discord's recommendation, about 1,000 servers a shard).
 * This process only supervises; each shard process is `ct-bot start` for its slice, and this
 * one serves /healthz and /readyz (ready once every shard is) on PORT.
 */

import type { Config } from "../../../src/config.js";
import type { Logger } from "../../../src/runtime/logger.js";
import type { ServeHealth } from "../../platform.js";
import type { DiscordConfig } from "../config.js";
import { DiscordAdapterError } from "../errors.js";

/** Discord's own count of servers a shard should hold, as discord.js assumes. */
const GUILDS_PER_SHARD = 1_000;

/** What `discord shards` needs, said when it is missing. */
export const SHARDS_NEED =
  "discord shards needs DISCORD_TOKEN and DISCORD_APP_ID, and no DISCORD_PUBLIC_KEY (HTTP mode needs no shards)";

/** The refusal of `discord shards` without a gateway configuration. */
export function shardsNotConfigured(): DiscordAdapterError {
  return new DiscordAdapterError("discord_shards_not_configured", SHARDS_NEED);
}

/**
 * Starts the shards and supervises them until SIGTERM or SIGINT; resolves with the exit code.
 * Throws {@link DiscordAdapterError} `discord_shards_not_configured` without a token (or in
 * HTTP mode), before starting anything.
 *
 * @example
 * process.exitCode = await runShards(config, logger, process.argv[1], serveHealth);
 */
export async function runShards(
  config: Config & { discord?: DiscordConfig },
  logger: Logger,
  entry: string,
  serveHealth: ServeHealth,
): Promise<number> {
  const discord = config.discord;
  if (discord?.token === undefined || discord.mode !== "gateway") throw shardsNotConfigured();
  const { ShardingManager } = await import("discord.js");
  const manager = new ShardingManager(entry, {
    token: discord.token,
    totalShards: "auto",
    shardArgs: ["start"],
    // The shards run the same way this process does (built JavaScript, or tsx from source).
    execArgv: process.execArgv,
    respawn: true,
  });
  manager.on("shardCreate", (shard) =>
    logger.info({ shard: shard.id, of: manager.totalShards }, "shard started"),
  );

  const http = await serveHealth(
    [
      {
        name: "shards",
        probe: () => manager.shards.size > 0 && manager.shards.every((s) => s.ready),
      },
    ],
    config.port,
    logger,
  );
  const port = http.port;
  // The shard processes inherit this environment: they must not compete for PORT.
  process.env.PORT = "0";

  const amount = discord.apiUrl ? await recommendedShards(discord, discord.token) : "auto";
  await manager.spawn({ amount });
  logger.info({ port, shards: manager.totalShards }, "ct-bot shards are running");

  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, "stopping shards");
      manager.respawn = false;
      for (const shard of manager.shards.values()) shard.kill();
      void http.close().then(() => resolve(0));
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}

/**
 * The recommended shard count through DISCORD_API_URL. discord.js's "auto" asks discord.com
 * directly, which a REST proxy (or the tests' fake Discord) must stand in for; the same
 * formula, through the configured base.
 */
async function recommendedShards(discord: DiscordConfig, token: string): Promise<number> {
  const response = await fetch(`${discord.apiUrl}/v10/gateway/bot`, {
    headers: { authorization: `Bot ${token}` },
  });
  if (!response.ok)
    throw new DiscordAdapterError(
      "discord_gateway_info_failed",
      `GET /gateway/bot failed with HTTP ${response.status}`,
    );
  const { shards } = (await response.json()) as { shards: number };
  return Math.max(1, Math.ceil((shards * 1_000) / GUILDS_PER_SHARD));
}
