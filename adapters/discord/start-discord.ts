/**
 * Starts the Discord adapter (gateway or HTTP interactions) on top of the bot.
 */
import type { PlatformDeps, PlatformRuntime } from "../platform.js";

/** Starts Discord in the mode the configuration selects. */
export async function startDiscord(_deps: PlatformDeps): Promise<PlatformRuntime> {
  throw new Error("the Discord adapter is not built yet");
}
