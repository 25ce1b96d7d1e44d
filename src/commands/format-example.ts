/**
 * Shows a command the way each platform types it: `partners India` in the terminal,
 * `/ct partners India` in Slack, `/ct partners name:India` in Discord. Every usage line,
 * example and "run X" in a reply goes through here (via the command context's `example` and
 * `usage`), so no reply shows one platform's syntax on another.
 */

import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator } from "../i18n/translator.js";
import {
  type Caller,
  type CommandDefinition,
  type CommandOption,
  ROOT_COMMAND,
} from "./command.js";
import { commandUsage } from "./describe-command.js";
import { localName, parseCommandText } from "./parse-command.js";

/**
 * Formats command text `text` (e.g. `daily on 09:00 Europe/Paris`, English command names) for
 * `platform`, with command and option names in `language` (`principes` in French).
 */
export function formatExample(
  text: string,
  platform: Caller["platform"],
  commands: readonly CommandDefinition[],
  language: Language = DEFAULT_LANGUAGE,
): string {
  if (platform === "console" || platform === "cli") return localText(text, commands, language);
  if (platform === "slack") return `/${ROOT_COMMAND} ${localText(text, commands, language)}`;
  const parsed = parseCommandText(text, commands);
  const name = text.split(" ")[0] ?? "";
  if (!parsed.ok || parsed.invocation.command !== name)
    return `/${ROOT_COMMAND} ${localText(text, commands, language)}`;
  const definition = commands.find((c) => c.name === name);
  const options = (definition?.options ?? []).flatMap((o) => {
    const value = parsed.invocation.args[o.name];
    if (value === undefined) return [];
    const choice = o.choices?.find((c) => c.value === value);
    return [`${localName(o, language)}:${choice ? localName(choice, language) : value}`];
  });
  const shown = definition === undefined ? name : localName(definition, language);
  return [`/${ROOT_COMMAND}`, shown, ...options].join(" ");
}

/**
 * `text` (a command in text form, English names) in `language`: its command name, its choice
 * values and its keyed option names (`partners India` → `partenaires India`, `daily on 09:00
 * lang:fr` → `quotidien activer 09:00 langue:fr`). Other words are left as typed.
 */
export function localText(
  text: string,
  commands: readonly CommandDefinition[],
  language: Language,
): string {
  if (language === DEFAULT_LANGUAGE) return text;
  const space = text.indexOf(" ");
  const name = space < 0 ? text : text.slice(0, space);
  const definition = commands.find((c) => c.name === name);
  if (definition === undefined) return text;
  if (space < 0) return localName(definition, language);
  const choices = new Map(
    definition.options.flatMap((o) => o.choices ?? []).map((c) => [c.value, c] as const),
  );
  const keyed = new Map<string, CommandOption>(
    definition.options.filter((o) => o.keyed).map((o) => [`${o.name}:`, o]),
  );
  const words = text
    .slice(space + 1)
    .split(" ")
    .map((word) => {
      const choice = choices.get(word);
      if (choice !== undefined) return localName(choice, language);
      const colon = word.indexOf(":");
      const option = colon < 0 ? undefined : keyed.get(word.slice(0, colon + 1));
      return option === undefined ? word : `${localName(option, language)}${word.slice(colon)}`;
    });
  return [localName(definition, language), ...words].join(" ");
}

/**
 * A command's usage line for `platform`: its text `usage` in the terminal, with `/ct` in
 * Slack, and as Discord options in Discord (`/ct daily action:on|off|status|preview
 * [time:HH:MM] …`, required options first, as Discord's picker lists them).
 */
export function formatUsage(
  definition: CommandDefinition,
  platform: Caller["platform"],
  language: Language = DEFAULT_LANGUAGE,
): string {
  const usage =
    commandUsage(definition, language) ?? localText(definition.usage, [definition], language);
  if (platform === "console" || platform === "cli") return usage;
  if (platform === "slack") return `/${ROOT_COMMAND} ${usage}`;
  const ordered = [
    ...definition.options.filter((o) => o.required),
    ...definition.options.filter((o) => !o.required),
  ];
  const options = ordered.map((o) => discordOption(o, language));
  return [`/${ROOT_COMMAND}`, localName(definition, language), ...options].join(" ");
}

function discordOption(option: CommandOption, language: Language): string {
  const value = option.choices
    ? option.choices.map((c) => localName(c, language)).join("|")
    : (option.placeholder ?? (option.required ? "…" : ""));
  const name = localName(option, language);
  const shown = value === "" ? name : `${name}:${value}`;
  return option.required ? shown : `[${shown}]`;
}

/** "only in Slack and Discord" for a command limited to some platforms; "" otherwise. */
export function platformNote(
  definition: CommandDefinition,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const only = definition.platforms;
  if (only === undefined || only.length === 0) return "";
  const translator = createTranslator(language);
  const names = only.map((p) => PLATFORM_NAMES[p]);
  return translator.t("help.onlyIn", { platforms: translator.list(names) });
}

const PLATFORM_NAMES: Readonly<Record<"slack" | "discord", string>> = {
  slack: "Slack",
  discord: "Discord",
};
