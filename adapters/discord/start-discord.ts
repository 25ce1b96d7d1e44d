/**
 * Starts the Discord adapter (gateway or HTTP interactions) on top of the bot.
 */
import { ConfigError } from "../../src/errors.js";
import type { PlatformDeps, PlatformRuntime } from "../platform.js";

/** Tuning for tests and benchmarks; production uses the defaults. */
export interface DiscordStartOptions {
  /** Defer an answer not ready after this many milliseconds (default 2000). */
  deferAfterMs?: number;
}

/**
 * Starts Discord in the mode the configuration selects: HTTP interactions when
 * DISCORD_PUBLIC_KEY is set, else the gateway with DISCORD_TOKEN.
 */
export async function startDiscord(
  deps: PlatformDeps,
  options: DiscordStartOptions = {},
): Promise<PlatformRuntime> {
  const discord = deps.config.discord;
  if (discord === undefined)
    throw new ConfigError([{ variable: "DISCORD_TOKEN", message: "Discord is not configured" }]);
  // discord.js takes about a second to load: only processes that run Discord pay for it.
  const { DEFER_AFTER_MS } = await import("./deliver-response.js");
  const delivery = { deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS };
  if (discord.mode === "http") {
    const { publicKey } = discord;
    if (publicKey === undefined)
      throw new ConfigError([{ variable: "DISCORD_PUBLIC_KEY", message: "required in HTTP mode" }]);
    const { startHttpInteractions } = await import("./http-interactions.js");
    return startHttpInteractions(deps, { ...discord, publicKey }, delivery);
  }
  const { token } = discord;
  if (token === undefined)
    throw new ConfigError([{ variable: "DISCORD_TOKEN", message: "required in gateway mode" }]);
  const { startGateway } = await import("./gateway-client.js");
  return startGateway(deps, { ...discord, token }, delivery);
}
