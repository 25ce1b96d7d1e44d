/**
 * Shows a command the way each platform types it: `partners India` in the terminal,
 * `/ct partners India` in Slack, `/ct partners name:India` in Discord. Every usage line,
 * example and "run X" in a reply goes through here (via the command context's `example` and
 * `usage`), so no reply shows one platform's syntax on another.
 */
import {
  type Caller,
  type CommandDefinition,
  type CommandOption,
  ROOT_COMMAND,
} from "./command.js";
import { parseCommandText } from "./parse-command.js";

/** Formats command text `text` (e.g. `daily on 09:00 Europe/Paris`) for `platform`. */
export function formatExample(
  text: string,
  platform: Caller["platform"],
  commands: readonly CommandDefinition[],
): string {
  if (platform === "console" || platform === "cli") return text;
  if (platform === "slack") return `/${ROOT_COMMAND} ${text}`;
  const parsed = parseCommandText(text, commands);
  const name = text.split(" ")[0] ?? "";
  if (!parsed.ok || parsed.invocation.command !== name) return `/${ROOT_COMMAND} ${text}`;
  const definition = commands.find((c) => c.name === name);
  const options = (definition?.options ?? []).flatMap((o) => {
    const value = parsed.invocation.args[o.name];
    return value === undefined ? [] : [`${o.name}:${value}`];
  });
  return [`/${ROOT_COMMAND}`, name, ...options].join(" ");
}

/**
 * A command's usage line for `platform`: its text `usage` in the terminal, with `/ct` in
 * Slack, and as Discord options in Discord (`/ct daily action:on|off|status|preview
 * [time:HH:MM] …`, required options first, as Discord's picker lists them).
 */
export function formatUsage(definition: CommandDefinition, platform: Caller["platform"]): string {
  if (platform === "console" || platform === "cli") return definition.usage;
  if (platform === "slack") return `/${ROOT_COMMAND} ${definition.usage}`;
  const ordered = [
    ...definition.options.filter((o) => o.required),
    ...definition.options.filter((o) => !o.required),
  ];
  return [`/${ROOT_COMMAND}`, definition.name, ...ordered.map(discordOption)].join(" ");
}

function discordOption(option: CommandOption): string {
  const value = option.choices
    ? option.choices.map((c) => c.value).join("|")
    : (option.placeholder ?? (option.required ? "…" : ""));
  const shown = value === "" ? option.name : `${option.name}:${value}`;
  return option.required ? shown : `[${shown}]`;
}

/** "only in Slack and Discord" for a command limited to some platforms; "" otherwise. */
export function platformNote(definition: CommandDefinition): string {
  const only = definition.platforms;
  if (only === undefined || only.length === 0) return "";
  const names = only.map((p) => PLATFORM_NAMES[p]);
  return `only in ${new Intl.ListFormat("en", { type: "conjunction" }).format(names)}`;
}

const PLATFORM_NAMES: Readonly<Record<"slack" | "discord", string>> = {
  slack: "Slack",
  discord: "Discord",
};
