/**
 * What ct-bot knows of English beyond the text: whether a word is English (so it is never
 * "corrected"), its synonyms among the text's words (WordNet), and its British/American
 * spelling variants (american-british-english-translator's lists).
 */
import { createRequire } from "node:module";
import { SEARCH_OPTIONS, type SearchOptions } from "./search-options.js";
import { openWordNet, type WordNet } from "./wordnet.js";

/** English knowledge, tied to one corpus's words for synonyms. Words are lower case. */
export interface Lexicon {
  /** True when `word` or a base form of it is a WordNet lemma ("causes", "many", "africa"). */
  isEnglish(word: string): boolean;
  /**
   * Words of the corpus sharing a dominant WordNet sense with `word` ("fight" → "combat"),
   * never `word` itself. Precomputed for the corpus, so this is a few map look-ups.
   */
  synonyms(word: string): string[];
  /** The other spelling of `word` ("organised" ↔ "organized"), if any. */
  spellingVariants(word: string): string[];
}

let sharedWordNet: WordNet | undefined;

/** The WordNet files, opened once per process: they are read-only data (about 6 MB read). */
export function defaultWordNet(): WordNet {
  sharedWordNet ??= openWordNet();
  return sharedWordNet;
}

let sharedVariants: ReadonlyMap<string, string> | undefined;

/** British → American and American → British spellings, read once per process. */
function spellingMap(): ReadonlyMap<string, string> {
  if (sharedVariants) return sharedVariants;
  const require = createRequire(import.meta.url);
  const british = require("american-british-english-translator/data/british_spellings.json");
  const american = require("american-british-english-translator/data/american_spellings.json");
  sharedVariants = new Map([
    ...Object.entries(british as Record<string, string>),
    ...Object.entries(american as Record<string, string>),
  ]);
  return sharedVariants;
}

/**
 * Builds the lexicon for a corpus whose (lower-case) words are `corpusWords`. A WordNet
 * synonym is kept only when the synset they share is among the first
 * `dominantSenses` senses of both words: "fight" ↔ "combat" (each one's second sense), not
 * "negotiation" → "dialogue" (dialogue's third sense) nor "country" → "state".
 */
export function createLexicon(
  corpusWords: Iterable<string>,
  wordnet: WordNet = defaultWordNet(),
  options: SearchOptions = SEARCH_OPTIONS,
): Lexicon {
  const dominant = options.expansion.dominantSenses;
  const cache = new Map<string, string[]>();
  const baseForms = (word: string): string[] => {
    const hit = cache.get(word);
    if (hit) return hit;
    const forms = wordnet.baseForms(word);
    // Bounded: unseen queries must not grow memory without end. Oldest entry goes first.
    if (cache.size >= options.lexiconCacheSize) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(word, forms);
    return forms;
  };

  const synonymsOf = new Map<string, Set<string>>();
  const sensesKey = (pos: string, offset: number) => `${pos}:${offset}`;
  const dominantMemo = new Map<string, Set<string>>();
  const dominantSynsets = (lemma: string) => {
    let keys = dominantMemo.get(lemma);
    if (keys === undefined) {
      keys = new Set(
        wordnet
          .senses(lemma)
          .filter((s) => s.rank < dominant)
          .map((s) => sensesKey(s.pos, s.offset)),
      );
      dominantMemo.set(lemma, keys);
    }
    return keys;
  };
  for (const word of new Set(corpusWords)) {
    for (const lemma of wordnet.baseForms(word)) {
      for (const sense of wordnet.senses(lemma)) {
        if (sense.rank >= dominant) continue;
        const key = sensesKey(sense.pos, sense.offset);
        for (const other of wordnet.synsetWords(sense)) {
          if (other === lemma || other.includes(" ")) continue;
          if (!dominantSynsets(other).has(key)) continue;
          const words = synonymsOf.get(other) ?? new Set<string>();
          words.add(word);
          synonymsOf.set(other, words);
        }
      }
    }
  }

  return {
    isEnglish: (word) => baseForms(word).length > 0,
    synonyms(word) {
      const found = new Set<string>();
      for (const lemma of [word, ...baseForms(word)])
        for (const synonym of synonymsOf.get(lemma) ?? []) found.add(synonym);
      found.delete(word);
      return [...found];
    },
    spellingVariants(word) {
      const other = spellingMap().get(word);
      return other === undefined ? [] : [other];
    },
  };
}
