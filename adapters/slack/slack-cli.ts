/**
 * `ct-bot slack …`: Slack set-up commands (manifest).
 */
import type { CliIo } from "../platform.js";

/** Runs `ct-bot slack <args>`; returns the exit code. */
export async function slackCli(_args: string[], io: CliIo): Promise<number> {
  io.err.write("ct-bot: the Slack commands are not built yet\n");
  return 2;
}
