/**
 * What a command is: its declaration (name, options, examples, who may run it) and the
 * function that answers it. Help, the Discord command JSON and the Slack manifest are all
 * generated from these declarations.
 */

import type { Content } from "../content/types.js";
import type { DailyService } from "../daily/daily-service.js";
import type { DailyAccess } from "../daily/port.js";
import type { Language } from "../i18n/language.js";
import type { Translator } from "../i18n/translator.js";
import type { Answer } from "../replies/answers.js";
import type { Clock } from "../runtime/clock.js";
import type { SearchIndex } from "../search/search-index.js";

/** Where a name or query option takes its autocomplete suggestions from. */
export type AutocompleteSource =
  | "partners"
  | "forums"
  | "topics"
  | "search"
  | "timezones"
  | "sources";

/** One option of a command. All options are strings in the core. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** The only values allowed, when the option is a choice. */
  choices?: readonly CommandChoice[];
  autocomplete?: AutocompleteSource;
  maxLength?: number;
  /** What a value looks like in usage lines, e.g. `HH:MM`; the option name when absent. */
  placeholder?: string;
  /**
   * In text, written `name:value` anywhere in the line (e.g. `source:un-2006`) instead of by
   * position; platforms with options show it as an ordinary option.
   */
  keyed?: boolean;
  /**
   * The option's name in other languages (Discord `name_localizations`), e.g. `{ fr: "nom" }`.
   * Platforms still send the canonical name.
   */
  names?: LocalizedNames;
}

/**
 * One allowed value of a choice option. `names` are its names in other languages (Discord
 * `name_localizations`); typed in text, any of them (accents and case aside) means `value`.
 */
export interface CommandChoice {
  name: string;
  value: string;
  names?: LocalizedNames;
}

/** A command's or option's name in languages other than English. */
export type LocalizedNames = Readonly<Partial<Record<Exclude<Language, "en">, string>>>;

/** Who may run a command. */
export type CommandAccess = "everyone" | "channel-managers";

/** Parsed option values by option name. */
export type CommandArgs = Readonly<Record<string, string>>;

/** A command and its options, ready to run. */
export interface Invocation {
  command: string;
  args: CommandArgs;
}

/** The platform and the person asking, as far as the core needs to know. */
export interface Caller {
  platform: "console" | "cli" | "slack" | "discord";
  userId?: string;
  /** Display name, for "shared by". */
  userName?: string;
  channelId?: string;
  /** Slack team id or Discord guild id; absent in DMs. */
  workspaceId?: string;
  isDirectMessage?: boolean;
  /**
   * The language the person reads, when their locale settles it (Discord's interaction
   * locale, Slack's users.info locale, the console's `--lang`/`LC_ALL`/`LANG`). Absent: the
   * language of the command name they typed (`principes` → French), else English.
   */
  language?: Language;
}

/** What a command's `run` gets besides its arguments. */
export interface CommandContext {
  content: Content;
  index: SearchIndex;
  clock: Clock;
  /** Uniform in [0, 1); injected so "random" answers are reproducible in tests. */
  random: () => number;
  caller: Caller;
  /** The language to answer in, settled for this request. */
  language: Language;
  /** Ours in {@link CommandContext.language}: titles, intros, notices. */
  t: Translator["t"];
  /** The translator itself, for lists and language names. */
  translator: Translator;
  /** All command declarations, for help. */
  commands: readonly CommandDefinition[];
  /** Shows a command (text form, e.g. `partners India`) the way the caller types it. */
  example(text: string): string;
  /** A command's usage line the way the caller types it (Discord: as options). */
  usage(definition: CommandDefinition): string;
  /** Daily posts, when the bot has a store and the platform bound this request's checks. */
  daily?: { service: DailyService; access: DailyAccess };
}

/** The result of reading arguments: values, or a message saying what was wrong. */
export type ArgsResult = { ok: true; args: CommandArgs } | { ok: false; problem: string };

/** One command, declared once. */
export interface CommandDefinition {
  name: string;
  /**
   * The command's name in other languages, e.g. `{ fr: "principes" }`: typed in text it runs
   * this command (and answers in that language unless the caller's locale says otherwise);
   * Discord shows it through `name_localizations`.
   */
  names?: LocalizedNames;
  description: string;
  /** Usage in text form, e.g. `partners [name]`. */
  usage: string;
  options: readonly CommandOption[];
  examples: readonly string[];
  access: CommandAccess;
  /** The platforms the command works on; absent when it works everywhere (console too). */
  platforms?: ReadonlyArray<"slack" | "discord">;
  /** A lookup can be pointed at someone (Discord's `mention` option). */
  lookup: boolean;
  /** Hidden commands back buttons ("open", "more like this") and are left out of help and menus. */
  hidden?: boolean;
  /**
   * Reads arguments from text (after the command name). By default the first option takes
   * the rest of the line.
   */
  parseText?(rest: string, t: Translator["t"]): ArgsResult;
  /** Checks arguments however they arrived (text or platform options); problems in `t`'s language. */
  validate?(args: CommandArgs, t: Translator["t"]): ArgsResult;
  run(args: CommandArgs, context: CommandContext): Answer | Promise<Answer>;
}

/** The option of the hidden commands that take a passage id (buttons fill it in). */
export const PASSAGE_ID_OPTION = {
  name: "id",
  description: "A passage id",
  required: true,
  maxLength: 64,
} as const;

/** The slash command every platform registers; subcommands are the registry's commands. */
export const ROOT_COMMAND = "ct";

/** The command called `name` among `commands`, if any. */
export function findIn(
  commands: readonly CommandDefinition[],
  name: string,
): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}

/**
 * The command whose English or localized name is `name` among `commands`, and the language of
 * the name matched (undefined for the English name).
 */
export function findByAnyName(
  commands: readonly CommandDefinition[],
  name: string,
): { definition: CommandDefinition; language?: Language } | undefined {
  const english = findIn(commands, name);
  if (english !== undefined) return { definition: english };
  for (const definition of commands) {
    for (const [language, localized] of Object.entries(definition.names ?? {})) {
      if (localized === name) return { definition, language: language as Language };
    }
  }
  return undefined;
}
