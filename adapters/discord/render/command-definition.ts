/**
 * Generates the `/ct` chat-input command from the core's registry: each visible command is a
 * subcommand, its options string options; lookups get an optional `mention` user option.
 * Every other language ct-bot speaks is declared through Discord's localizations: subcommand
 * and option names from the registry (`principes`, `nom`), descriptions from the catalogues.
 * Discord still sends the canonical (English) names in interactions.
 */

import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord.js";
import type {
  CommandDefinition,
  CommandOption,
  LocalizedNames,
} from "../../../src/commands/command.js";
import { ROOT_COMMAND } from "../../../src/commands/command.js";
import { describeCommand, describeOption } from "../../../src/commands/describe-command.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../../../src/i18n/language.js";
import { createTranslator } from "../../../src/i18n/translator.js";
import { graphemePrefix } from "../../../src/input/graphemes.js";
import { clipText } from "../../../src/replies/clip-text.js";
import { CHOICE_TEXT_MAX, COMMAND_DESCRIPTION_MAX, COMMAND_OPTIONS_MAX } from "./limits.js";

/** The user option that posts a lookup publicly for someone. */
export const MENTION_OPTION = "mention";

/** What `/ct` itself says in Discord's command picker (in English). */
export const ROOT_DESCRIPTION = createTranslator("en").t("discord.root");

/** Discord's localization map: Discord locale (`fr`) → text. */
export type Localizations = Partial<Record<string, string>>;

/** The languages other than English, whose Discord locale is the language code itself. */
const OTHER_LANGUAGES = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);

/** An option of a command as Discord's API takes and returns it. */
export interface CommandOptionJson {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  name_localizations?: Localizations;
  description_localizations?: Localizations;
  required?: boolean;
  choices?: Array<{ name: string; value: string; name_localizations?: Localizations }>;
  autocomplete?: boolean;
  max_length?: number;
  options?: CommandOptionJson[];
}

/** A chat-input command as Discord's API takes and returns it (the fields ct-bot sets). */
export interface CommandJson {
  type: ApplicationCommandType;
  name: string;
  description: string;
  description_localizations: Localizations;
  contexts: InteractionContextType[];
  integration_types: ApplicationIntegrationType[];
  options: CommandOptionJson[];
}

/**
 * The definition of `/ct` for `commands`, hidden ones left out.
 *
 * @example
 * await rest.put(Routes.applicationCommands(appId), { body: [buildCtCommand(COMMANDS)] });
 */
export function buildCtCommand(commands: readonly CommandDefinition[]): CommandJson {
  return {
    type: ApplicationCommandType.ChatInput,
    name: ROOT_COMMAND,
    description: ROOT_DESCRIPTION,
    description_localizations: localized((language) =>
      describe(createTranslator(language).t("discord.root")),
    ),
    // Servers where the bot is installed, and DMs with the bot.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: commands
      .filter((c) => !c.hidden)
      .slice(0, COMMAND_OPTIONS_MAX)
      .map(subcommandOf),
  };
}

function subcommandOf(command: CommandDefinition): CommandOptionJson {
  // Discord refuses a required option after an optional one; keep the order otherwise.
  const options = [
    ...command.options.filter((o) => o.required),
    ...command.options.filter((o) => !o.required),
  ].map((option) => optionOf(command, option));
  if (command.lookup)
    options.push({
      type: ApplicationCommandOptionType.User,
      name: MENTION_OPTION,
      description: createTranslator("en").t("discord.mention"),
      description_localizations: localized((language) =>
        describe(createTranslator(language).t("discord.mention")),
      ),
      required: false,
    });
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: describe(command.description),
    ...nameLocalizations(command),
    description_localizations: localized((language) =>
      describe(describeCommand(command, language)),
    ),
    options: options.slice(0, COMMAND_OPTIONS_MAX),
  };
}

function optionOf(command: CommandDefinition, option: CommandOption): CommandOptionJson {
  const json: CommandOptionJson = {
    type: ApplicationCommandOptionType.String,
    name: option.name,
    description: describe(option.description),
    ...nameLocalizations(option),
    description_localizations: localized((language) =>
      describe(describeOption(command, option, language)),
    ),
    required: option.required,
  };
  // Discord allows choices or autocomplete on an option, never both.
  if (option.choices)
    json.choices = option.choices.map((c) => ({
      name: clipText(c.name, CHOICE_TEXT_MAX),
      ...nameLocalizations(c),
      value: graphemePrefix(c.value, CHOICE_TEXT_MAX),
    }));
  else if (option.autocomplete) json.autocomplete = true;
  if (option.maxLength !== undefined) json.max_length = option.maxLength;
  return json;
}

/** `text(language)` for every language but English, keyed by Discord locale. */
function localized(text: (language: Language) => string): Localizations {
  return Object.fromEntries(OTHER_LANGUAGES.map((language) => [language, text(language)]));
}

/** `{ name_localizations }` from a registry entry's `names`; `{}` when it declares none. */
function nameLocalizations(named: { names?: LocalizedNames }): {
  name_localizations?: Localizations;
} {
  const names = Object.entries(named.names ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return names.length === 0 ? {} : { name_localizations: Object.fromEntries(names) };
}

function describe(text: string): string {
  return clipText(text, COMMAND_DESCRIPTION_MAX) || "ct-bot";
}
