/**
 * Registers `/ct` globally or in one server: reads what Discord holds, compares it with the
 * generated definitions (after normalising away what Discord adds — ids, versions, defaults —
 * or omits — false flags, empty lists), prints what would change, and bulk-overwrites only
 * when something did.
 */
import { type REST, Routes } from "discord.js";
import type { CommandDefinition } from "../../../src/commands/command.js";
import { buildCtCommand, type CommandJson } from "../render/command-definition.js";

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

/** What registering would change, by subcommand of `/ct` (or by command, for others). */
export interface CommandDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** True when registering would change nothing. */
export function isUnchanged(diff: CommandDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length === 0;
}

type Json = Record<string, unknown>;

/**
 * The differences between `local` (what ct-bot generates) and `remote` (GET …/commands).
 * A subcommand is named `ct partners`; a change to `/ct` itself (description, contexts) is `ct`.
 *
 * @example
 * const diff = diffCommands([buildCtCommand(COMMANDS)], await rest.get(route));
 */
export function diffCommands(
  local: readonly CommandJson[],
  remote: readonly unknown[],
): CommandDiff {
  const diff: CommandDiff = { added: [], changed: [], removed: [] };
  const remoteByName = new Map(
    remote.filter(isObject).map((c) => [String(c.name), normaliseCommand(c)] as const),
  );
  for (const command of local) {
    const mine = normaliseCommand(command as unknown as Json);
    const theirs = remoteByName.get(command.name);
    remoteByName.delete(command.name);
    if (theirs === undefined) {
      diff.added.push(command.name);
      compareOptions(command.name, mine.options as Json[], [], diff);
      continue;
    }
    const { options: myOptions, ...myRoot } = mine;
    const { options: theirOptions, ...theirRoot } = theirs;
    if (JSON.stringify(myRoot) !== JSON.stringify(theirRoot)) diff.changed.push(command.name);
    compareOptions(command.name, myOptions as Json[], theirOptions as Json[], diff);
  }
  diff.removed.push(...remoteByName.keys());
  return diff;
}

function compareOptions(prefix: string, mine: Json[], theirs: Json[], diff: CommandDiff): void {
  const theirsByName = new Map(theirs.map((o) => [String(o.name), o] as const));
  mine.forEach((option, i) => {
    const name = `${prefix} ${String(option.name)}`;
    const other = theirsByName.get(String(option.name));
    theirsByName.delete(String(option.name));
    if (other === undefined) diff.added.push(name);
    // Order matters too: Discord shows options in the order registered.
    else if (JSON.stringify(option) !== JSON.stringify(other) || theirs[i] !== other)
      diff.changed.push(name);
  });
  for (const name of theirsByName.keys()) diff.removed.push(`${prefix} ${name}`);
}

/** A command in a canonical shape: fixed key order, defaults filled, server-only fields gone. */
export function normaliseCommand(command: Json): Json {
  return {
    name: command.name,
    type: command.type ?? 1,
    description: command.description ?? "",
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: command.nsfw ?? false,
    contexts: sorted(command.contexts),
    integration_types: sorted(command.integration_types) ?? [0],
    name_localizations: command.name_localizations ?? null,
    description_localizations: command.description_localizations ?? null,
    options: list(command.options).map(normaliseOption),
  };
}

function normaliseOption(option: Json): Json {
  return {
    type: option.type,
    name: option.name,
    description: option.description ?? "",
    name_localizations: option.name_localizations ?? null,
    description_localizations: option.description_localizations ?? null,
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    choices: list(option.choices).map((c) => ({
      name: c.name,
      name_localizations: c.name_localizations ?? null,
      value: c.value,
    })),
    min_length: option.min_length ?? null,
    max_length: option.max_length ?? null,
    min_value: option.min_value ?? null,
    max_value: option.max_value ?? null,
    channel_types: sorted(option.channel_types) ?? [],
    options: list(option.options).map(normaliseOption),
  };
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function sorted(value: unknown): unknown[] | null {
  return Array.isArray(value) ? [...value].sort() : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null;
}
