/**
 * Starts the Discord adapter (gateway or HTTP interactions) on top of the bot.
 */
import type { Clock } from "../../src/runtime/clock.js";
import { ConfigError } from "../../src/runtime/errors.js";
import type { PlatformRuntime } from "../platform.js";
import type { DiscordDeps } from "./config.js";

/** Tuning for tests and benchmarks; production uses the defaults. */
export interface DiscordStartOptions {
  /** Defer an answer not ready after this many milliseconds (default 2000). */
  deferAfterMs?: number;
  /** How long one daily post may take (default CHANNEL_POST_TIMEOUT_MS). */
  dailyTimeoutMs?: number;
  /** The clock the daily poster reads: the scheduler's, so a test's manual clock. */
  clock?: Clock;
}

/**
 * Starts Discord in the mode the configuration selects: HTTP interactions when
 * DISCORD_PUBLIC_KEY is set, else the gateway with DISCORD_TOKEN. With a bot token (always in
 * gateway mode, optional in HTTP mode) the runtime's `poster` posts daily facts; the
 * scheduler (started by the caller) drives it.
 */
export async function startDiscord(
  deps: DiscordDeps,
  options: DiscordStartOptions = {},
): Promise<PlatformRuntime> {
  const discord = deps.config.discord;
  if (discord === undefined)
    throw new ConfigError([{ variable: "DISCORD_TOKEN", message: "Discord is not configured" }]);
  // discord.js takes about a second to load: only processes that run Discord pay for it.
  const { DEFER_AFTER_MS } = await import("./handlers/deliver-response.js");
  const { createDiscordDaily } = await import("./daily/create-daily.js");
  const daily = createDiscordDaily({
    token: discord.token,
    ...(discord.apiUrl === undefined ? {} : { apiUrl: discord.apiUrl }),
    ...(options.dailyTimeoutMs === undefined ? {} : { timeoutMs: options.dailyTimeoutMs }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  const responseOptions = {
    deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
    dailyAccessFor: daily.accessFor,
  };
  const withPoster = (runtime: PlatformRuntime): PlatformRuntime =>
    daily.poster ? { ...runtime, poster: daily.poster } : runtime;
  if (discord.mode === "http") {
    const { publicKey } = discord;
    if (publicKey === undefined)
      throw new ConfigError([{ variable: "DISCORD_PUBLIC_KEY", message: "required in HTTP mode" }]);
    const { startHttpInteractions } = await import("./transport/http-interactions.js");
    return withPoster(startHttpInteractions(deps, { ...discord, publicKey }, responseOptions));
  }
  const { token } = discord;
  if (token === undefined)
    throw new ConfigError([{ variable: "DISCORD_TOKEN", message: "required in gateway mode" }]);
  const { startGateway } = await import("./transport/gateway.js");
  return withPoster(await startGateway(deps, { ...discord, token }, responseOptions));
}
