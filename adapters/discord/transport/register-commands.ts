/**
 * Registers `/ct` globally or in one server: reads what Discord holds, prints what would
 * change, and bulk-overwrites only when something did.
 */
import { type REST, Routes } from "discord.js";
import type { CommandDefinition } from "../../../src/commands/command.js";
import { buildCtCommand } from "../render/command-definition.js";
import { type CommandDiff, diffCommands, isUnchanged } from "./diff-commands.js";

/** Where and what to register. */
export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** A server id, for instant updates while developing; global when absent. */
  guildId?: string;
  commands: readonly CommandDefinition[];
  out: NodeJS.WritableStream;
}

/** What registration found and did. */
export interface RegisterResult {
  diff: CommandDiff;
  written: boolean;
}

/**
 * Compares and, when needed, overwrites the application's commands in one scope.
 *
 * @example
 * await registerCommands({ rest, applicationId, guildId, commands: COMMANDS, out: process.stdout });
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const { rest, applicationId, guildId, out } = options;
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const scope = guildId === undefined ? "globally" : `in server ${guildId}`;
  const local = [buildCtCommand(options.commands)];
  const remote = await rest.get(route);
  const diff = diffCommands(local, Array.isArray(remote) ? remote : []);
  const subcommands = local[0]?.options.length ?? 0;
  if (isUnchanged(diff)) {
    out.write(`/ct is up to date ${scope} (${subcommands} subcommands); nothing written.\n`);
    return { diff, written: false };
  }
  out.write(`Changes to register ${scope}:\n`);
  for (const name of diff.added) out.write(`  + added    ${name}\n`);
  for (const name of diff.changed) out.write(`  ~ changed  ${name}\n`);
  for (const name of diff.removed) out.write(`  - removed  ${name}\n`);
  await rest.put(route, { body: local });
  out.write(
    `Registered /ct ${scope} (${subcommands} subcommands).` +
      (guildId === undefined ? " Global commands can take up to an hour to appear.\n" : "\n"),
  );
  return { diff, written: true };
}
