/**
 * `ct-bot slack …`: Slack set-up commands (manifest).
 */
import { parseArgs } from "node:util";
import type { CliIo } from "../platform.js";
import { manifestYaml } from "./render/manifest.js";

/** What `ct-bot slack` prints for help and after a usage error. */
export const SLACK_CLI_USAGE = `Usage: ct-bot slack manifest [--http URL]

  manifest             Print the Slack app manifest (YAML) for Socket Mode
  manifest --http URL  Print it for HTTP mode: Slack posts to URL/slack/events, and
                       sends OAuth installs back to URL/slack/oauth_redirect
                       (URL is the bot's public https:// address)
`;

/** Runs `ct-bot slack <args>`; returns the exit code (2 for a usage error). */
export async function slackCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === "help" || command === "--help" || command === "-h") {
    io.out.write(SLACK_CLI_USAGE);
    return 0;
  }
  if (command !== "manifest") {
    return usageError(
      io,
      command === undefined ? "missing slack command" : `unknown slack command: ${command}`,
    );
  }
  let http: string | undefined;
  try {
    const { values } = parseArgs({
      args: rest,
      options: { http: { type: "string" } },
      allowPositionals: false,
      strict: true,
    });
    http = values.http;
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  if (http !== undefined && !isPublicHttpsUrl(http)) {
    return usageError(io, `--http needs the bot's public https:// URL (got "${http}")`);
  }
  io.out.write(manifestYaml(undefined, http));
  return 0;
}

/** Slack only posts to https URLs, with no credentials or fragment in them. */
function isPublicHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      url.protocol === "https:" && url.username === "" && url.password === "" && url.hash === ""
    );
  } catch {
    return false;
  }
}

function usageError(io: CliIo, problem: string): number {
  io.err.write(`ct-bot slack: ${problem}\n\n${SLACK_CLI_USAGE}`);
  return 2;
}
