/**
 * Generates the `/ct` chat-input command from the core's registry: each visible command is a
 * subcommand, its options string options; lookups get an optional `mention` user option.
 */

import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord.js";
import type { CommandDefinition, CommandOption } from "../../../src/commands/command.js";
import { ROOT_COMMAND } from "../../../src/commands/command.js";
import { graphemePrefix } from "../../../src/input/graphemes.js";
import { clipText } from "../../../src/replies/clip-text.js";
import { CHOICE_TEXT_MAX, COMMAND_DESCRIPTION_MAX, COMMAND_OPTIONS_MAX } from "./limits.js";

/** The user option that posts a lookup publicly for someone. */
export const MENTION_OPTION = "mention";

/** What `/ct` itself says in Discord's command picker. */
export const ROOT_DESCRIPTION = "France's counter-terrorism doctrine, quoted and cited";

/** An option of a command as Discord's API takes and returns it. */
export interface CommandOptionJson {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  required?: boolean;
  choices?: Array<{ name: string; value: string }>;
  autocomplete?: boolean;
  max_length?: number;
  options?: CommandOptionJson[];
}

/** A chat-input command as Discord's API takes and returns it (the fields ct-bot sets). */
export interface CommandJson {
  type: ApplicationCommandType;
  name: string;
  description: string;
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
  ].map(optionOf);
  if (command.lookup)
    options.push({
      type: ApplicationCommandOptionType.User,
      name: MENTION_OPTION,
      description: "Post the answer in the channel for this person",
      required: false,
    });
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: describe(command.description),
    options: options.slice(0, COMMAND_OPTIONS_MAX),
  };
}

function optionOf(option: CommandOption): CommandOptionJson {
  const json: CommandOptionJson = {
    type: ApplicationCommandOptionType.String,
    name: option.name,
    description: describe(option.description),
    required: option.required,
  };
  // Discord allows choices or autocomplete on an option, never both.
  if (option.choices)
    json.choices = option.choices.map((c) => ({
      name: clipText(c.name, CHOICE_TEXT_MAX),
      value: graphemePrefix(c.value, CHOICE_TEXT_MAX),
    }));
  else if (option.autocomplete) json.autocomplete = true;
  if (option.maxLength !== undefined) json.max_length = option.maxLength;
  return json;
}

function describe(text: string): string {
  return clipText(text, COMMAND_DESCRIPTION_MAX) || "ct-bot";
}
