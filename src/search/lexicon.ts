/**
 * What ct-bot knows of English beyond the text: whether a word is English (so it is never
 * "corrected"), its synonyms among the text's words (WordNet), and its British/American
 * spelling variants (american-british-english-translator's lists).
 */
import { createRequire } from "node:module";
import { LRUCache } from "lru-cache";
import { SEARCH_OPTIONS, type SearchOptions } from "./search-options.js";
import { openWordNet, type Sense, type WordNet } from "./wordnet.js";

/** English knowledge, tied to one corpus's words for synonyms. Words are lower case. */
export interface Lexicon {
  /** True when `word` or a base form of it is a WordNet lemma ("causes", "many", "africa"). */
  isEnglish(word: string): boolean;
  /**
   * Words of the corpus sharing a dominant WordNet sense with `word` ("fight" → "combat"),
   * never `word` itself, in corpus order. Found on the first look-up of `word`'s base forms,
   * then remembered (a few map look-ups).
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
 *
 * Nothing is looked up here: a word's synonyms are found the first time a query asks for them,
 * from WordNet to the corpus (its dominant synsets, their lemmas, and the corpus words those
 * lemmas are base forms of: WordNet's `formsWithBase`, checked with `baseForms`), and
 * remembered up to `lexiconCacheSize` words. They are the same words, in the same order (the
 * corpus's), as going from every corpus word to its synsets at start-up, which took 0.1–0.3 s
 * at 1000× content and about 25 ms at 1× (issue 12; tests/search/lexicon.test.ts compares).
 */
export function createLexicon(
  corpusWords: Iterable<string>,
  wordnet: WordNet = defaultWordNet(),
  options: SearchOptions = SEARCH_OPTIONS,
): Lexicon {
  const dominant = options.expansion.dominantSenses;
  const corpus =
    corpusWords instanceof Set ? (corpusWords as ReadonlySet<string>) : new Set(corpusWords);
  // lru-cache wants a bound of one or more.
  const remembered = Math.max(1, options.lexiconCacheSize);
  /** Whether `sense` (its synset) is among `lemma`'s first `dominant` senses. */
  const isDominantSense = (lemma: string, sense: Sense) =>
    wordnet
      .senses(lemma)
      .some((s) => s.rank < dominant && s.pos === sense.pos && s.offset === sense.offset);
  // Each corpus word's place in the corpus, made on the first look-up that finds synonyms.
  let corpusOrder: Map<string, number> | undefined;
  const orderOf = (word: string) => {
    if (corpusOrder === undefined) {
      corpusOrder = new Map();
      for (const w of corpus) corpusOrder.set(w, corpusOrder.size);
    }
    return corpusOrder.get(word) ?? 0;
  };
  /**
   * The corpus words one of whose base forms shares a synset with `lemma`, dominant for both,
   * in corpus order.
   */
  const synonymsOfLemma = new LRUCache<string, string[]>({
    max: remembered,
    memoMethod: (lemma) => {
      const found = new Set<string>();
      if (lemma.includes(" ")) return [];
      for (const sense of wordnet.senses(lemma)) {
        if (sense.rank >= dominant) continue;
        for (const other of wordnet.synsetWords(sense)) {
          // A corpus word has no space, so neither has any of its base forms.
          if (other === lemma || other.includes(" ")) continue;
          if (!isDominantSense(other, sense)) continue;
          for (const word of wordnet.formsWithBase(other))
            if (corpus.has(word) && wordnet.baseForms(word).includes(other)) found.add(word);
        }
      }
      return [...found].sort((a, b) => orderOf(a) - orderOf(b));
    },
  });
  return {
    isEnglish: (word) => wordnet.baseForms(word).length > 0,
    synonyms(word) {
      const found = new Set<string>();
      for (const lemma of [word, ...wordnet.baseForms(word)])
        for (const synonym of synonymsOfLemma.memo(lemma)) found.add(synonym);
      found.delete(word);
      return [...found];
    },
    spellingVariants(word) {
      const other = spellingMap().get(word);
      return other === undefined ? [] : [other];
    },
  };
}
