/**
 * A command's and an option's description in a language: the registry's own (English), or the
 * language catalogue's `commands` section (e.g. src/i18n/messages/fr.ts).
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
