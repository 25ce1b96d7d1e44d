/**
 * Reads what the core needs from a raw interaction (as the gateway dispatches it and the HTTP
 * endpoint receives it): who asks, where, which subcommand with which options.
 */
import { type APIInteraction, ApplicationCommandOptionType } from "discord.js";
import type { Caller, CommandArgs } from "../../../src/commands/command.js";
import { DEFAULT_LANGUAGE, type Language, languageOfLocale } from "../../../src/i18n/language.js";
import { MENTION_OPTION } from "../render/command-definition.js";

/** An option as interactions carry it; read defensively, HTTP bodies are untrusted JSON. */
interface OptionData {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: OptionData[];
}

/** A subcommand of `/ct` with its string options, and the user `mention` points at, if any. */
export interface CommandRequest {
  command: string;
  args: CommandArgs;
  mentionUserId?: string;
}

/** The option being typed in an autocomplete interaction. */
export interface FocusedOption {
  command: string;
  option: string;
  value: string;
}

const SNOWFLAKE = /^\d{1,22}$/u;

/**
 * The person asking and the place, for the core (guild absent in DMs). The language is the
 * person's Discord client `locale` (`fr` → French; any locale ct-bot has no catalogue for →
 * English); absent only when the interaction carries no locale (pings).
 */
export function callerOf(interaction: APIInteraction): Caller {
  const user = interaction.member?.user ?? interaction.user;
  const channelId = interaction.channel_id ?? interaction.channel?.id;
  const caller: Caller = {
    platform: "discord",
    isDirectMessage: interaction.guild_id === undefined,
  };
  const locale = (interaction as { locale?: string }).locale;
  if (locale !== undefined) caller.language = languageOfLocale(locale) ?? DEFAULT_LANGUAGE;
  if (user) {
    caller.userId = user.id;
    caller.userName = user.global_name ?? user.username;
  }
  if (channelId !== undefined) caller.channelId = channelId;
  if (interaction.guild_id !== undefined) caller.workspaceId = interaction.guild_id;
  return caller;
}

/**
 * The server's language (`guild_locale`, the community's preferred locale), for what is posted
 * in its channels; undefined in DMs, or for a locale ct-bot has no catalogue for.
 */
export function guildLanguageOf(interaction: APIInteraction): Language | undefined {
  return languageOfLocale(interaction.guild_locale);
}

/** The user id of whoever clicked or typed; "0" only for malformed interactions. */
export function userIdOf(interaction: APIInteraction): string {
  const id = (interaction.member?.user ?? interaction.user)?.id;
  return id !== undefined && SNOWFLAKE.test(id) ? id : "0";
}

/** The subcommand and options of a `/ct` command interaction. */
export function commandRequestOf(options: unknown): CommandRequest {
  const [subcommand] = optionList(options);
  if (subcommand === undefined) return { command: "help", args: {} };
  const args: Record<string, string> = {};
  let mentionUserId: string | undefined;
  for (const option of optionList(subcommand.options)) {
    if (option.type === ApplicationCommandOptionType.User && option.name === MENTION_OPTION) {
      if (typeof option.value === "string" && SNOWFLAKE.test(option.value))
        mentionUserId = option.value;
    } else if (typeof option.value === "string") {
      args[option.name] = option.value;
    }
  }
  return { command: subcommand.name, args, ...(mentionUserId ? { mentionUserId } : {}) };
}

/** The focused option of an autocomplete interaction, if any. */
export function focusedOptionOf(options: unknown): FocusedOption | undefined {
  const [subcommand] = optionList(options);
  const focused = optionList(subcommand?.options).find((o) => o.focused === true);
  if (subcommand === undefined || focused === undefined) return undefined;
  return { command: subcommand.name, option: focused.name, value: String(focused.value ?? "") };
}

function optionList(options: unknown): OptionData[] {
  if (!Array.isArray(options)) return [];
  return options.filter(
    (o): o is OptionData =>
      typeof o === "object" &&
      o !== null &&
      typeof o.name === "string" &&
      typeof o.type === "number",
  );
}
