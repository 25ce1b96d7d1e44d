/**
 * Ours, in the caller's language: `createTranslator(language).t(key, values)` formats a
 * message of that language's catalogue (ICU MessageFormat through FormatJS
 * `intl-messageformat`: plurals, selects and dates follow the language's CLDR rules).
 * Quotes never go through here: they stay verbatim in their source's language.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { DEFAULT_LANGUAGE, type Language } from "./language.js";
import { CATALOGUES, type MessageKey } from "./messages/catalogues.js";

/** A placeholder's value: text, a count (plurals) or a date (formatted with `Intl`). */
export type MessageValue = string | number | Date;

/** Values for a message's placeholders, by placeholder name. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** Formats ct-bot's own words in one language. */
export interface Translator {
  readonly language: Language;
  /**
   * The message `key` with `values` filled in. Throws (a FormatJS error) when a placeholder the
   * message uses has no value: the catalogue test formats every message, so that is a bug.
   *
   * @example
   * createTranslator("fr").t("count.passages", { count: 3 }); // "3 passages"
   */
  t(key: MessageKey, values?: MessageValues): string;
  /** "a, b and c" / "a, b et c" (`Intl.ListFormat`). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
  /** The name of language `code` in this language, e.g. "anglais" for `en` in French. */
  languageName(code: string): string;
}

const formats = new Map<string, IntlMessageFormat>();

function compiled(language: Language, key: MessageKey): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let format = formats.get(id);
  if (format === undefined) {
    // ignoreTag: our messages contain no markup, and `<`/`>` must stay plain text.
    format = new IntlMessageFormat(CATALOGUES[language][key], language, undefined, {
      ignoreTag: true,
    });
    formats.set(id, format);
  }
  return format;
}

const translators = new Map<Language, Translator>();

/**
 * The translator for `language` (made once per language, messages compiled on first use).
 *
 * @example
 * const { t } = createTranslator("fr");
 * t("help.title"); // "ct-bot : la doctrine antiterroriste de la France, citée et sourcée"
 */
export function createTranslator(language: Language = DEFAULT_LANGUAGE): Translator {
  const made = translators.get(language);
  if (made !== undefined) return made;
  // Intl formatters are made on first use: each loads ICU data (a few ms at start-up), and
  // most replies need neither.
  const lists: Partial<Record<"conjunction" | "disjunction", Intl.ListFormat>> = {};
  let names: Intl.DisplayNames | undefined;
  const translator: Translator = {
    language,
    t: (key, values) => String(compiled(language, key).format(values)),
    list: (items, type = "conjunction") => {
      lists[type] ??= new Intl.ListFormat(language, { type });
      return lists[type].format(items);
    },
    languageName: (code) => {
      names ??= new Intl.DisplayNames([language], { type: "language" });
      return names.of(code) ?? code;
    },
  };
  translators.set(language, translator);
  return translator;
}
