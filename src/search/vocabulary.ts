/**
 * The words of the corpus, for "did you mean" and for completing a half-typed word.
 */
import { LRUCache } from "lru-cache";
import SearchableMap from "minisearch/SearchableMap";
import { editDistance } from "./edit-distance.js";
import { allowedEdits, type EditRule, SEARCH_OPTIONS } from "./search-options.js";
import { isStopWord } from "./stop-words.js";
import type { Token } from "./tokenize.js";

interface WordInfo {
  /** The word as the text prints it, e.g. "Nigeria". */
  display: string;
  count: number;
}

/** The corpus vocabulary. */
export interface Vocabulary {
  has(word: string): boolean;
  /**
   * Corpus words within the edits `rule` allows of `word` (a transposition is one edit),
   * closest and commonest first; the suggestion rule by default.
   */
  closest(word: string, limit: number, rule?: EditRule): string[];
  /** Corpus words starting with `prefix`, commonest first. */
  complete(prefix: string, limit: number): string[];
}

/** Counts the corpus's words while the index build reads each passage once, then builds. */
export interface VocabularyBuilder {
  /** Counts the words of one passage, given as its tokens; call it in reading order. */
  addPassage(tokens: readonly Token[]): void;
  /**
   * Counts the words of one display name (an entity's name or alias, a topic's title), given as
   * its tokens, in content order; they count after every passage, whenever this is called.
   * The name index hands each one over as it reads it (see createNameIndex).
   */
  addName(tokens: readonly Token[]): void;
  /** The vocabulary of the passages and names added. */
  build(): Vocabulary;
}

/**
 * Starts a vocabulary. The build hands it each passage's tokens as it reads the passage, so
 * no passage is tokenized twice and no token outlives its passage's step (see
 * createSearchIndex).
 *
 * @example
 * const builder = createVocabularyBuilder();
 * const names = createNameIndex(content, (tokens) => builder.addName(tokens));
 * for (const passage of content.passages) builder.addPassage(tokenize(passage.text));
 * const vocabulary = builder.build();
 */
export function createVocabularyBuilder(): VocabularyBuilder {
  // Counted in a plain Map (a radix-tree look-up per word of the corpus was a fifth of
  // start-up at 14k passages), then put in the tree once for fuzzy and prefix look-ups.
  const counts = new Map<string, WordInfo>();
  // Names are counted apart and merged after the passages: a word keeps the form the
  // passages print it in when they have it ("Nigeria" as the text writes it).
  const nameCounts = new Map<string, WordInfo>();
  const countIn = (into: Map<string, WordInfo>, tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.joined || isStopWord(token.word) || token.word.length < 2) continue;
      const info = into.get(token.word);
      if (info) info.count++;
      else into.set(token.word, { display: token.raw, count: 1 });
    }
  };
  return {
    addPassage: (tokens) => countIn(counts, tokens),
    addName: (tokens) => countIn(nameCounts, tokens),
    build() {
      for (const [word, info] of nameCounts) {
        const known = counts.get(word);
        if (known) known.count += info.count;
        else counts.set(word, info);
      }
      nameCounts.clear();
      return vocabularyOf(counts);
    },
  };
}

/** The look-ups over counted words. */
function vocabularyOf(counts: ReadonlyMap<string, WordInfo>): Vocabulary {
  // The tree is made on the first fuzzy or prefix look-up (a mistyped word, an autocomplete),
  // not at start-up, which most first queries do not need: 0.18 s at 1000× content (78k words,
  // one run on the bench machine).
  let tree: SearchableMap<WordInfo> | undefined;
  const words = () => {
    tree ??= SearchableMap.from(counts);
    return tree;
  };
  const byCommonness = (a: [string, WordInfo], b: [string, WordInfo]) =>
    b[1].count - a[1].count || a[0].localeCompare(b[0]);
  // The corrections of the words typed lately, closest first, by word and edits allowed: a
  // fuzzy walk of the whole vocabulary is most of a mistyped query's time, and the same typo
  // comes back (the next page of its results, the next person). Bounded, least recently used
  // out first. The vocabulary never changes, so neither do they.
  const { correctionsCacheSize, correctionsKept } = SEARCH_OPTIONS;
  const recentCorrections = new LRUCache<string, readonly string[]>({ max: correctionsCacheSize });
  const correctionsOf = (word: string, distance: number, kept = true): readonly string[] => {
    const key = `${distance}:${word}`;
    let corrections = kept ? recentCorrections.get(key) : undefined;
    if (corrections !== undefined) return corrections;
    // One more Levenshtein edit than allowed finds the transpositions, then re-measure.
    const found = [...words().fuzzyGet(word, distance + 1)]
      .filter(([key]) => key !== word)
      .map(([key, [info]]) => ({ key, info, distance: editDistance(word, key) }))
      .filter((f) => f.distance <= distance);
    found.sort(
      (a, b) =>
        a.distance - b.distance || b.info.count - a.info.count || a.key.localeCompare(b.key),
    );
    if (!kept) return found.map((f) => f.info.display);
    corrections = found.slice(0, correctionsKept).map((f) => f.info.display);
    recentCorrections.set(key, corrections);
    return corrections;
  };
  return {
    has: (word) => counts.has(word),
    closest(word, limit, rule = SEARCH_OPTIONS.suggestion) {
      const distance = allowedEdits(word.length, rule);
      if (distance === 0) return [];
      // More than are kept: measured afresh (no caller asks for that many).
      if (limit > correctionsKept) return correctionsOf(word, distance, false).slice(0, limit);
      return correctionsOf(word, distance).slice(0, limit);
    },
    complete(prefix, limit) {
      if (prefix.length === 0) return [];
      const found = [...words().atPrefix(prefix)].sort(byCommonness);
      return found.slice(0, limit).map(([, info]) => info.display);
    },
  };
}
