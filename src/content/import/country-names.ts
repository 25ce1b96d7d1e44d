/**
 * Country names people write, from the `world-countries` dataset (mledoze/countries): the
 * English common and official names, the French ones, and the English and French demonyms.
 * One maintained dataset has all three, where i18n-iso-countries has names but no demonyms.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";

// The package is CommonJS whose typings declare an ES default export: load it as CommonJS.
const countries = createRequire(import.meta.url)("world-countries") as Country[];

/** One country and every name it goes by in English and French. */
export interface CountryNames {
  /** The English common name, e.g. `United States`. */
  name: string;
  /** Its other names, without `name`; none is shared with another country. */
  aliases: string[];
}

let cache: CountryNames[] | undefined;

/**
 * Every country of the dataset. A name two countries share (`Congolese`, `Dominican`) is left
 * out of both: it cannot say which one the text means.
 */
export function countryNames(): CountryNames[] {
  if (cache) return cache;
  const all = countries.map((country) => {
    const fra = country.translations.fra;
    const names = [
      country.name.common,
      country.name.official,
      fra?.common,
      fra?.official,
      country.demonyms.eng?.m,
      country.demonyms.eng?.f,
      country.demonyms.fra?.m,
      country.demonyms.fra?.f,
    ].filter((name): name is string => typeof name === "string" && name.trim().length > 1);
    return { name: country.name.common, names: [...new Set(names)] };
  });
  const countriesOf = new Map<string, number>();
  for (const { names } of all)
    for (const n of names) countriesOf.set(n, (countriesOf.get(n) ?? 0) + 1);
  const result = all.map(({ name, names }) => ({
    name,
    aliases: names.filter((n) => n !== name && countriesOf.get(n) === 1),
  }));
  cache = result;
  return result;
}
