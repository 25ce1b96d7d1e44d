/**
 * The rules of a pack's glossary.yaml: every English word leads to some passage (else the
 * French term would find nothing), and no French term is claimed twice (the search would not
 * know which English to search).
 */

import { frenchStem, isFrenchStopWord } from "../i18n/french-words.js";
import type { ContentIssue } from "../runtime/errors.js";
import { hasFoldedPhrase } from "./find-phrase.js";
import { foldForMatch } from "./fold-text.js";
import type { RawPack } from "./read-pack.js";

/**
 * The key a French term is matched by: the Snowball stems of its words that are not stop
 * words ("droits de l'homme" → "droit homm"). Two terms with one key are one term to search.
 */
export function frenchTermKey(term: string): string {
  return foldForMatch(term)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !isFrenchStopWord(word))
    .map(frenchStem)
    .join(" ");
}

/**
 * Checks the glossaries of `packs` and pushes every problem to `issues`. An English word or
 * phrase counts when a passage of any pack (its text or section title) says it, or when it is a
 * name the search knows (a concept's name, an entity's name or alias, a topic's title or alias).
 * `foldedPassages` is every passage's text folded with foldForMatch, one per line.
 */
export function checkGlossaries(
  packs: readonly RawPack[],
  foldedPassages: string,
  issues: ContentIssue[],
): void {
  // Built on the first English word checked: packs without a glossary skip folding every name.
  let known: ((english: string) => boolean) | undefined;
  const isKnown = (english: string) => {
    known ??= knownEnglish(packs, foldedPassages);
    return known(english);
  };
  const owner = new Map<string, string>();
  for (const pack of packs) {
    const file = `${pack.folder}/glossary.yaml`;
    for (const entry of pack.glossary) {
      const name = entry.fr[0] ?? "";
      for (const english of entry.en.filter((en) => !isKnown(en)))
        issues.push({
          file,
          entry: name,
          message: `no passage says "${english}" and it names nothing: the term would find nothing`,
        });
      for (const term of entry.fr) {
        const key = frenchTermKey(term);
        if (key === "") {
          issues.push({ file, entry: name, message: `"${term}" is only stop words` });
          continue;
        }
        const first = owner.get(key);
        if (first !== undefined && first !== name)
          issues.push({
            file,
            entry: name,
            message: `"${term}" is the same term to search as one of "${first}" (stems "${key}"): merge the entries`,
          });
        else owner.set(key, name);
      }
    }
  }
}

/** Whether an English word or phrase is a name the search knows or is said by some passage. */
function knownEnglish(
  packs: readonly RawPack[],
  foldedPassages: string,
): (english: string) => boolean {
  const names = new Set(
    packs.flatMap((pack) => [
      ...pack.concepts.flatMap((c) => c.names),
      ...pack.entities.flatMap((e) => [e.name, ...e.aliases, ...e.fr]),
      ...pack.topics.flatMap((t) => [t.title, ...t.aliases]),
    ]),
  );
  const folded = new Set([...names].map(foldForMatch));
  // Section titles are searched too ("a global response" is only in one). One text, one title
  // a line: a phrase (whitespace folded) holds no line break, so it never spans two.
  const sections = [...new Set(packs.flatMap((pack) => pack.passages.map((p) => p.section)))];
  const texts = [foldedPassages, ...sections.map(foldForMatch)].join("\n");
  return (english) => {
    const phrase = foldForMatch(english);
    return folded.has(phrase) || hasFoldedPhrase(texts, phrase);
  };
}
