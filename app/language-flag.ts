/**
 * `--lang fr|en` on `ct-bot start` and `ct-bot ask`: the reader's language, over the terminal's
 * (LC_ALL, then LANG, read once into the config).
 */
import { LANGUAGES, type Language, languageOfLocale } from "../src/i18n/language.js";
import { CtBotError } from "../src/runtime/errors.js";

/** `--lang` named a language ct-bot has no catalogue for. */
export class LanguageFlagError extends CtBotError {
  constructor(value: string) {
    super(
      "bad_lang",
      `--lang ${JSON.stringify(value)} is not a language ct-bot speaks: use ${LANGUAGES.join(" or ")}`,
    );
  }
}

/**
 * The language to answer in: `flag` (`--lang`) when given, else `terminal` (the config's
 * terminalLanguage), else undefined (then a French command name answers in French, and
 * anything else in English). Throws {@link LanguageFlagError} for a `flag` not in LANGUAGES.
 *
 * @example
 * readerLanguage("fr", undefined); // "fr"
 * readerLanguage(undefined, "fr"); // "fr" (LANG=fr_FR.UTF-8)
 */
export function readerLanguage(
  flag: string | undefined,
  terminal: Language | undefined,
): Language | undefined {
  if (flag === undefined) return terminal;
  // A locale tag names its language too: fr, FR, fr-FR, fr_CA.UTF-8.
  const language = languageOfLocale(flag);
  if (language === undefined) throw new LanguageFlagError(flag);
  return language;
}
