/**
 * The languages ct-bot speaks. Ours (titles, help, notices, buttons) is translated into each;
 * quotes never are: they stay in their source's language.
 */

/** A language ct-bot answers in, as a BCP 47 primary language subtag. */
export type Language = "en" | "fr";

/** Every language ct-bot has a catalogue for; the first is the default. */
export const LANGUAGES: readonly Language[] = ["en", "fr"];

/** The language used when nothing settles it. */
export const DEFAULT_LANGUAGE: Language = "en";

/**
 * The language of a locale tag, or undefined when ct-bot has no catalogue for it.
 * Accepts BCP 47 (`fr-FR`, Discord's `fr`, Slack's `fr-FR`) and POSIX forms (`fr_FR.UTF-8`,
 * from `LANG`/`LC_ALL`); case-insensitive.
 *
 * @example
 * languageOfLocale("fr-CA"); // "fr"
 * languageOfLocale("de"); // undefined
 */
export function languageOfLocale(locale: string | undefined | null): Language | undefined {
  if (!locale) return undefined;
  const primary = locale
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return LANGUAGES.find((language) => language === primary);
}
