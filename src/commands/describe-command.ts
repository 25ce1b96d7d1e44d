/**
 * A command's texts in a language: its and its options' descriptions, its usage line and its
 * examples; the registry's own (English), or the language catalogue's `commands` section
 * (e.g. src/i18n/messages/fr.ts).
 */
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { COMMAND_TEXTS } from "../i18n/messages/catalogues.js";
import type { CommandDefinition, CommandOption } from "./command.js";

/** What `definition` does, in `language` (English when the catalogue has no entry). */
export function describeCommand(definition: CommandDefinition, language: Language): string {
  if (language === DEFAULT_LANGUAGE) return definition.description;
  return COMMAND_TEXTS[language]?.[definition.name]?.description ?? definition.description;
}

/** What `option` of `definition` is for, in `language` (English when the catalogue has none). */
export function describeOption(
  definition: Pick<CommandDefinition, "name">,
  option: CommandOption,
  language: Language,
): string {
  if (language === DEFAULT_LANGUAGE) return option.description;
  return COMMAND_TEXTS[language]?.[definition.name]?.options?.[option.name] ?? option.description;
}

/**
 * `definition`'s usage line in text form in `language` (`fait [aujourd’hui|hasard]`), or
 * undefined when the catalogue has none (the caller then localizes the English one).
 */
export function commandUsage(
  definition: CommandDefinition,
  language: Language,
): string | undefined {
  if (language === DEFAULT_LANGUAGE) return definition.usage;
  return COMMAND_TEXTS[language]?.[definition.name]?.usage;
}

/**
 * The examples help shows for `definition` in `language`, in text form with the registry's
 * (English) command names: the catalogue's when it has them (French queries in French help),
 * else the registry's.
 */
export function commandExamples(
  definition: CommandDefinition,
  language: Language,
): readonly string[] {
  if (language === DEFAULT_LANGUAGE) return definition.examples;
  return COMMAND_TEXTS[language]?.[definition.name]?.examples ?? definition.examples;
}
