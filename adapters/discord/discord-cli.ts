/**
 * `ct-bot discord …`: Discord set-up commands (register).
 */
import type { CliIo } from "../platform.js";

/** Runs `ct-bot discord <args>`; returns the exit code. */
export async function discordCli(_args: string[], io: CliIo): Promise<number> {
  io.err.write("ct-bot: the Discord commands are not built yet\n");
  return 2;
}
