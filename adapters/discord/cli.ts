/**
 * `ct-bot discord …`: Discord set-up commands (register).
 */
import { parseArgs } from "node:util";
import { COMMANDS } from "../../src/commands/registry.js";
import { type Config, readCoreConfig } from "../../src/config.js";
import { argsProblem } from "../../src/runtime/cli-args.js";
import { ConfigError } from "../../src/runtime/errors.js";
import type { CliIo } from "../platform.js";
import { type DiscordConfig, discordSecrets, readDiscordConfig } from "./config.js";
import { DiscordAdapterError } from "./errors.js";
import { SHARDS_NEED } from "./transport/shards.js";

const USAGE = `Usage: ct-bot discord register [--guild ID] | shards

  register             Register the /ct command globally (can take up to an hour to show)
  register --guild ID  Register it in one server only (instant; use while developing)
  shards               Run the gateway as several shard processes (ShardingManager,
                       shard count from Discord), for bots in thousands of servers

Needs DISCORD_TOKEN and DISCORD_APP_ID; DISCORD_API_URL overrides the API base URL.
`;

const SNOWFLAKE = /^\d{15,22}$/u;

/**
 * Runs `ct-bot discord <args>`; returns the exit code (2 for usage errors). `env` defaults to
 * the process environment.
 */
export async function discordCli(
  args: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [command, ...rest] = args;
  if (command === "help" || command === "--help" || command === "-h") {
    io.out.write(USAGE);
    return 0;
  }
  if (command === "shards") {
    if (rest.length > 0)
      return usage(io, `discord shards takes no options, not "${rest.join(" ")}"`);
    const config = readConfig(env);
    // Said as one line for the person at the terminal, not as a JSON log line.
    if (config.discord?.token === undefined || config.discord.mode !== "gateway") {
      io.err.write(`ct-bot: ${SHARDS_NEED}\n`);
      return 1;
    }
    const [{ createLogger }, { runShards }] = await Promise.all([
      import("../../src/runtime/logger.js"),
      import("./transport/shards.js"),
    ]);
    const logger = createLogger({
      level: config.logLevel,
      secrets: discordSecrets(config.discord),
    });
    if (io.serveHealth === undefined)
      throw new DiscordAdapterError(
        "discord_wiring_missing",
        "discord shards needs a health server",
      );
    return runShards(config, logger, process.argv[1] ?? "", io.serveHealth);
  }
  if (command !== "register") return usage(io, `unknown discord command: ${command ?? "(none)"}`);
  let guildId: string | undefined;
  try {
    const { values } = parseArgs({
      args: rest,
      options: { guild: { type: "string" } },
      strict: true,
    });
    guildId = values.guild;
  } catch (error) {
    return usage(io, argsProblem(error, false) ?? String(error));
  }
  if (guildId !== undefined && !SNOWFLAKE.test(guildId))
    return usage(io, `--guild takes a server id (digits), not "${guildId}"`);

  const discord = readConfig(env).discord;
  if (discord?.token === undefined || discord.appId === "") {
    io.err.write("ct-bot: discord register needs DISCORD_TOKEN and DISCORD_APP_ID\n");
    return 1;
  }
  // discord.js loads slowly; only this command needs it.
  const [{ REST }, { registerCommands }] = await Promise.all([
    import("discord.js"),
    import("./transport/register-commands.js"),
  ]);
  const restClient = new REST({
    version: "10",
    ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
  });
  restClient.setToken(discord.token);
  try {
    await registerCommands({
      rest: restClient,
      applicationId: discord.appId,
      commands: COMMANDS,
      out: io.out,
      ...(guildId === undefined ? {} : { guildId }),
    });
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err.write(
      `ct-bot: registering failed: ${message.split(discord.token).join("[redacted]")}\n`,
    );
    return 1;
  } finally {
    restClient.clearHashSweeper();
    restClient.clearHandlerSweeper();
  }
}

function usage(io: CliIo, problem: string): number {
  io.err.write(`ct-bot: ${problem}\n\n${USAGE}`);
  return 2;
}

/** The core's and Discord's variables; throws ConfigError naming every bad one. */
function readConfig(env: NodeJS.ProcessEnv): Config & { discord?: DiscordConfig } {
  const core = readCoreConfig(env);
  const discord = readDiscordConfig(env);
  const problems = [...core.problems, ...discord.problems];
  if (problems.length > 0 || core.value === undefined) throw new ConfigError(problems);
  return { ...core.value, ...(discord.value ? { discord: discord.value } : {}) };
}
