/**
 * Starts the Slack adapter (Socket Mode or HTTP) on top of the bot.
 */
import type { PlatformDeps, PlatformRuntime } from "../platform.js";

/** Starts Slack in the mode the configuration selects. */
export async function startSlack(_deps: PlatformDeps): Promise<PlatformRuntime> {
  throw new Error("the Slack adapter is not built yet");
}
