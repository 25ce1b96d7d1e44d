/**
 * The content's French → English glossary, as a French query reads it: French terms found in
 * the query's words (longest first, by Snowball stems, stop words skipped), and the glossary
 * word closest to a French typo ("terorisme" → "terrorisme").
 */
import SearchableMap from "minisearch/SearchableMap";
import { foldCase } from "../content/fold-text.js";
import type { GlossaryEntry } from "../content/types.js";
import { frenchStem, isFrenchStopWord } from "../i18n/french-words.js";
import { editDistance } from "./edit-distance.js";
import { allowedEdits, type EditRule, SEARCH_OPTIONS } from "./search-options.js";
import { type Token, tokenize } from "./tokenize.js";

/** A glossary term found in a query, covering words `[from, to)`. */
export interface GlossaryMatch {
  entry: GlossaryEntry;
  from: number;
  to: number;
}

/** Looks French terms up. Words are folded (lower case, no accents), as tokenize gives them. */
export interface GlossaryIndex {
  /**
   * The longest term starting at `words[from]` (not a stop word), skipping stop words inside
   * the term ("droits de l homme" is the term "droits homme"), or undefined.
   */
  match(words: readonly Token[], from: number): GlossaryMatch | undefined;
  /** True when `word` is, by its stem, a word of some French term. */
  hasWord(word: string): boolean;
  /** True when `word` is a word of some French term as the glossary writes it (folded). */
  lists(word: string): boolean;
  /**
   * The French word of the glossary closest to `word` within the edits `rule` allows, as the
   * glossary writes it ("terrorisme"), or undefined. Closest first, then the first listed.
   */
  closest(word: string, rule?: EditRule): string | undefined;
}

/** Builds the index over `entries`; a term claimed twice keeps its first entry. */
export function createGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const byKey = new Map<string, GlossaryEntry>();
  // Every leading run of stems of a longer term: a match stops extending once it is none.
  const prefixes = new Set<string>();
  const stems = new Set<string>();
  const display = new Map<string, string>();
  for (const entry of entries) {
    for (const term of entry.french) {
      const words = contentWords(term);
      if (words.length === 0) continue;
      const keys = words.map((w) => frenchStem(w.word));
      for (const [i, w] of words.entries()) {
        stems.add(keys[i] ?? "");
        if (!display.has(w.word)) display.set(w.word, w.raw);
      }
      const key = keys.join(" ");
      if (!byKey.has(key)) byKey.set(key, entry);
      for (let n = 1; n < keys.length; n++) prefixes.add(keys.slice(0, n).join(" "));
    }
  }

  const spellings = new SearchableMap<string>();
  for (const [folded, raw] of display) spellings.set(folded, raw);

  return {
    match(words, from) {
      if (words[from] === undefined || isFrenchStopWord(words[from].word)) return undefined;
      let found: GlossaryMatch | undefined;
      let key = "";
      for (let to = from + 1; to <= words.length; to++) {
        const word = words[to - 1]?.word ?? "";
        if (isFrenchStopWord(word)) continue;
        key = key === "" ? frenchStem(word) : `${key} ${frenchStem(word)}`;
        const entry = byKey.get(key);
        if (entry !== undefined) found = { entry, from, to };
        if (!prefixes.has(key)) break;
      }
      return found;
    },
    hasWord: (word) => !isFrenchStopWord(word) && stems.has(frenchStem(word)),
    lists: (word) => display.has(word),
    closest(word, rule = SEARCH_OPTIONS.correction) {
      const edits = allowedEdits(word.length, rule);
      if (edits === 0) return undefined;
      // One more Levenshtein edit than allowed finds the transpositions, then re-measure.
      let best: { raw: string; distance: number } | undefined;
      for (const [folded, [raw]] of spellings.fuzzyGet(word, edits + 1)) {
        const distance = editDistance(word, folded);
        if (distance <= edits && (best === undefined || distance < best.distance))
          best = { raw, distance };
      }
      return best?.raw;
    },
  };
}

/** The words of a French term that are not stop words, folded, with how it writes them. */
function contentWords(term: string): Token[] {
  return tokenize(term).filter((t) => !t.joined && !isFrenchStopWord(foldCase(t.word)));
}
