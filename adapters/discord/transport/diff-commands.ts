/**
 * Compares the generated command definitions with the ones Discord holds, after normalising
 * away what Discord adds (ids, versions, defaults) or omits (false flags, empty lists).
 */
import type { CommandJson } from "../render/command-definition.js";

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
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    choices: list(option.choices).map((c) => ({ name: c.name, value: c.value })),
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
