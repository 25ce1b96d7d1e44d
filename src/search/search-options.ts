/**
 * Every search setting in one place: field boosts, relevance thresholds, fuzzy and prefix rules,
 * expansion weights, caches. The rest of src/search reads these; change them here and run the
 * ranking set (tests/search/ranking.test.ts) and `npm run bench`.
 */

/** How far a typed word may be from a word of the text, by its length. */
export interface EditRule {
  /** Words shorter than this get no edit ("Niger" must not become "Nigeria"). */
  minLength: number;
  /** One edit (a transposition counts as one) up to this length … */
  oneEditMaxLength: number;
  /** … and this many beyond it. */
  longWordEdits: number;
}

/** The search settings. Weights multiply a term's score; the words typed weigh 1. */
export interface SearchOptions {
  /** Score multiplier per indexed field: passage text, section title, entity, topic, concept terms. */
  fieldBoost: {
    text: number;
    section: number;
    entities: number;
    topics: number;
    concepts: number;
  };
  relevance: {
    /** A result must reach this share of the best score among results covering as much. */
    minRelativeScore: number;
    /**
     * The best result must cover at least this share of the query's weight, each word group
     * weighing its inverse document frequency: missing the one rare word of a question about
     * something else ("negotiate with terrorists") leaves too little to be an answer.
     */
    minQueryCoverage: number;
    /** Score multiplier for an introduction line (ends with ":" or has few content words). */
    introPenalty: number;
    /** A passage with at most this many content words is an introduction line. */
    introMaxContentWords: number;
    /** Score multiplier for a passage about an entity the query names (its defining passage). */
    aboutBoost: number;
  };
  /** When a word that is neither in the text nor English is corrected to a word of the text. */
  correction: EditRule;
  /** When a word nothing matched gets "did you mean" suggestions (looser: the user chooses). */
  suggestion: EditRule;
  /** The last word is completed as a prefix from this many letters, when it is not a word. */
  prefixMinLength: number;
  expansion: {
    /** Weight of a British/American spelling variant: the same word, so nearly full weight. */
    spellingVariant: number;
    /** Weight of a WordNet synonym sharing a dominant sense with the word typed. */
    synonym: number;
    /** A synset counts when it is among the first this many senses of both words. */
    dominantSenses: number;
    /** Weight of a concept or region of the content's concepts.yaml. */
    concept: number;
    /**
     * Weight of a glossary term's other English words ("terrorisme" → terrorism, then
     * terrorist, terrorists): the first word is the term's; the others help without letting
     * a passage that only has a rarer form outrank, or push below the floor, one that has it.
     */
    alternative: number;
  };
  /** Lemmas whose synonyms a lexicon remembers (found when a query first asks). */
  lexiconCacheSize: number;
  /**
   * Words whose index terms (word and stem) are remembered per process: enough for the
   * distinct words of 1000 copies of the pack (about 41k), so building its index stems each
   * word once; oldest out first beyond that.
   */
  termFormsCacheSize: number;
  /**
   * Passages whose words' ranges by index term, and folded text, are remembered for marking
   * hits (least recently marked out first).
   */
  markedPassagesCacheSize: number;
  /** Phrases (names, quoted phrases) whose folded form is remembered for marking hits. */
  foldedPhrasesCacheSize: number;
  /**
   * Words whose spelling corrections are remembered per index (least recently looked up out
   * first), each with its closest {@link SearchOptions.correctionsKept}.
   */
  correctionsCacheSize: number;
  /** Corrections remembered per word: the most any caller asks for ("did you mean" shows 3). */
  correctionsKept: number;
  /**
   * Most hits a text search lists (40 pages of 5): the best ones; a reply says how many more
   * matched. Counting the pages of every match would rank them all (thousands at 1000× content).
   */
  resultsMax: number;
}

/**
 * The settings ct-bot searches with. Figures were tuned on the ranking set; expansions weigh
 * less than the words typed so a passage using the user's own word always ranks first.
 */
export const SEARCH_OPTIONS: Readonly<SearchOptions> = {
  fieldBoost: { text: 1, section: 0.3, entities: 1.5, topics: 1, concepts: 1 },
  relevance: {
    minRelativeScore: 0.2,
    minQueryCoverage: 0.4,
    introPenalty: 0.25,
    introMaxContentWords: 3,
    aboutBoost: 1.5,
  },
  correction: { minLength: 5, oneEditMaxLength: 8, longWordEdits: 2 },
  suggestion: { minLength: 3, oneEditMaxLength: 5, longWordEdits: 2 },
  prefixMinLength: 3,
  expansion: {
    spellingVariant: 0.9,
    synonym: 0.5,
    dominantSenses: 2,
    concept: 0.6,
    alternative: 0.3,
  },
  lexiconCacheSize: 2000,
  termFormsCacheSize: 100_000,
  markedPassagesCacheSize: 500,
  foldedPhrasesCacheSize: 4096,
  correctionsCacheSize: 2000,
  correctionsKept: 5,
  resultsMax: 200,
};

/** Edits `rule` allows for a word of `length` letters: 0 (none), 1 or more. */
export function allowedEdits(length: number, rule: EditRule): number {
  if (length < rule.minLength) return 0;
  return length <= rule.oneEditMaxLength ? 1 : rule.longWordEdits;
}
