/**
 * The concepts and regions of concepts.yaml, as the search uses them: which passages say
 * each one (precomputed), and where a query names one ("root causes", "West Africa").
 */
import { hasFoldedPhrase } from "../content/find-phrase.js";
import { foldForMatch } from "../content/fold-text.js";
import type { Concept, Passage } from "../content/types.js";
import type { ConceptMatch } from "./query-groups.js";
import { type Token, tokenize } from "./tokenize.js";

/** Finds concepts in queries and in passages. */
export interface ConceptIndex {
  /** `concept:<id>` terms of the concepts `passage` says, space-separated, for indexing. */
  termsOf(passage: Passage): string;
  /** Longest-first, non-overlapping concept names in `words` (tokens without joined forms). */
  scan(words: readonly Token[]): ConceptMatch[];
  /** The phrases (or places) of a concept, to mark in a passage. */
  phrasesOf(conceptId: string): string[];
}

/** Builds the concept index; phrase look-ups over passages run here, once. */
export function createConceptIndex(concepts: readonly Concept[]): ConceptIndex {
  const byKey = new Map<string, string>();
  // Every leading run of words of a longer name: a scan stops extending a span (and building
  // its key) once it is no such run, as the name index does.
  const prefixes = new Set<string>();
  let longest = 1;
  for (const concept of concepts) {
    for (const name of concept.names) {
      const words = tokenize(name)
        .filter((t) => !t.joined)
        .map((t) => t.word);
      if (words.length === 0) continue;
      byKey.set(words.join(" "), concept.id);
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(" "));
      longest = Math.max(longest, words.length);
    }
  }
  const phrases = new Map(concepts.map((c) => [c.id, c.phrases]));
  // Folded once here, not once per passage of the build.
  const foldedPhrases = concepts.map((c) => ({
    term: `concept:${c.id}`,
    phrases: c.phrases.map(foldForMatch),
  }));
  return {
    termsOf(passage) {
      // Without concepts there is nothing to look for: skip folding the passage.
      if (foldedPhrases.length === 0) return "";
      const folded = foldForMatch(passage.text);
      return foldedPhrases
        .filter((c) => c.phrases.some((phrase) => hasFoldedPhrase(folded, phrase)))
        .map((c) => c.term)
        .join(" ");
    },
    scan(words) {
      const matches: ConceptMatch[] = [];
      for (let from = 0; from < words.length; ) {
        // The longest name starting here: spans grow while they lead some longer name.
        let matched: ConceptMatch | undefined;
        let key = "";
        for (let to = from + 1; to <= Math.min(words.length, from + longest); to++) {
          const word = words[to - 1]?.word ?? "";
          key = to === from + 1 ? word : `${key} ${word}`;
          const conceptId = byKey.get(key);
          if (conceptId !== undefined) matched = { conceptId, from, to };
          if (!prefixes.has(key)) break;
        }
        if (matched) matches.push(matched);
        from = matched ? matched.to : from + 1;
      }
      return matches;
    },
    phrasesOf: (conceptId) => phrases.get(conceptId) ?? [],
  };
}
