/**
 * Demonyms, so people can name a country the way they speak of it: "Russian partners",
 * `partners indian`, `partenaires russes`. Country names come from i18n-iso-countries,
 * demonyms from i18n-nationality (both MIT; its English and French lists), joined on the
 * ISO 3166-1 alpha-2 code.
 */
import { createRequire } from "node:module";
import { foldForMatch } from "../content/fold-text.js";

interface CountryNames {
  countries: Record<string, string | string[]>;
}
interface Nationalities {
  nationalities: Record<string, string>;
}

const byCountryName = new Map<"en" | "fr", ReadonlyMap<string, string>>();

/**
 * Folded country name (any English variant) → its demonym in `language` (French: the
 * masculine singular, as i18n-nationality gives it), read once per process and language.
 */
function demonymByCountryName(language: "en" | "fr"): ReadonlyMap<string, string> {
  const known = byCountryName.get(language);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const names = require("i18n-iso-countries/langs/en.json") as CountryNames;
  const nationalities = require(`i18n-nationality/langs/${language}.json`) as Nationalities;
  const map = new Map<string, string>();
  for (const [code, name] of Object.entries(names.countries)) {
    const demonym = nationalities.nationalities[code];
    if (demonym === undefined) continue;
    for (const variant of Array.isArray(name) ? name : [name])
      map.set(foldForMatch(variant), demonym);
  }
  byCountryName.set(language, map);
  return map;
}

/**
 * The demonym of the country called `name` ("Russian Federation" → ["Russian"]), or [] when
 * `name` is not a country's English name.
 *
 * @example
 * demonymsOf("India") // ["Indian"]
 */
export function demonymsOf(name: string): string[] {
  const demonym = demonymByCountryName("en").get(foldForMatch(name));
  return demonym === undefined ? [] : [demonym];
}

/**
 * The French demonym of the country whose English name is `name`, in each gender and number,
 * lower-cased as French writes the adjective ("Russia" → russe, russes; "India" → indien,
 * indienne, indiens, indiennes), or [] when `name` is not a country's English name. The list
 * gives the masculine singular; the other forms follow the regular rules of French grammar
 * (feminine -e, -ien → -ienne; plural -s, none after -s or -x).
 *
 * @example
 * frenchDemonymsOf("India") // ["indien", "indiens", "indienne", "indiennes"]
 */
export function frenchDemonymsOf(name: string): string[] {
  const masculine = demonymByCountryName("fr").get(foldForMatch(name))?.toLowerCase();
  if (masculine === undefined) return [];
  const feminine = masculine.endsWith("e")
    ? masculine
    : masculine.endsWith("ien")
      ? `${masculine}ne`
      : `${masculine}e`;
  const plural = (word: string) => (/[sx]$/u.test(word) ? word : `${word}s`);
  return [...new Set([masculine, plural(masculine), feminine, plural(feminine)])];
}
