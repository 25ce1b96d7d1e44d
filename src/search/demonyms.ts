/**
 * Demonyms, so people can name a country the way they speak of it: "Russian partners",
 * `partners indian`. Country names come from i18n-iso-countries, demonyms from
 * i18n-nationality (both MIT, English lists, joined on the ISO 3166-1 alpha-2 code).
 */
import { createRequire } from "node:module";
import { foldForMatch } from "../content/fold-text.js";

interface CountryNames {
  countries: Record<string, string | string[]>;
}
interface Nationalities {
  nationalities: Record<string, string>;
}

let byCountryName: ReadonlyMap<string, string> | undefined;

/** Folded country name (any English variant) → demonym, read once per process. */
function demonymByCountryName(): ReadonlyMap<string, string> {
  if (byCountryName) return byCountryName;
  const require = createRequire(import.meta.url);
  const names = require("i18n-iso-countries/langs/en.json") as CountryNames;
  const nationalities = require("i18n-nationality/langs/en.json") as Nationalities;
  const map = new Map<string, string>();
  for (const [code, name] of Object.entries(names.countries)) {
    const demonym = nationalities.nationalities[code];
    if (demonym === undefined) continue;
    for (const variant of Array.isArray(name) ? name : [name])
      map.set(foldForMatch(variant), demonym);
  }
  byCountryName = map;
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
  const demonym = demonymByCountryName().get(foldForMatch(name));
  return demonym === undefined ? [] : [demonym];
}
