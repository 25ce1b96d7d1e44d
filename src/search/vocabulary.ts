/**
 * The words of the corpus, for "did you mean" and for completing a half-typed word.
 */
import { LRUCache } from "lru-cache";
import SearchableMap from "minisearch/SearchableMap";
import type { Content } from "../content/types.js";
import { editDistance } from "./edit-distance.js";
import { allowedEdits, type EditRule, SEARCH_OPTIONS } from "./search-options.js";
import { isStopWord } from "./stop-words.js";
import { type Token, tokenize } from "./tokenize.js";

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
  /** The vocabulary of the passages added, plus `content`'s entity names and topic titles. */
  build(content: Content): Vocabulary;
}

/**
 * Starts a vocabulary. The build hands it each passage's tokens as it reads the passage, so
 * no passage is tokenized twice and no token outlives its passage's step (see
 * createSearchIndex).
 *
 * @example
 * const builder = createVocabularyBuilder();
 * for (const passage of content.passages) builder.addPassage(tokenize(passage.text));
 * const vocabulary = builder.build(content);
 */
export function createVocabularyBuilder(): VocabularyBuilder {
  // Counted in a plain Map (a radix-tree look-up per word of the corpus was a fifth of
  // start-up at 14k passages), then put in the tree once for fuzzy and prefix look-ups.
  const counts = new Map<string, WordInfo>();
  const add = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.joined || isStopWord(token.word) || token.word.length < 2) continue;
      const info = counts.get(token.word);
      if (info) info.count++;
      else counts.set(token.word, { display: token.raw, count: 1 });
    }
  };
  return {
    addPassage: add,
    build(content) {
      for (const entity of content.entities)
        add(tokenize([entity.name, ...entity.aliases].join(" ")));
      for (const topic of content.topics) add(tokenize(topic.title));
      return vocabularyOf(counts);
    },
  };
}

/** The look-ups over counted words. */
function vocabularyOf(counts: ReadonlyMap<string, WordInfo>): Vocabulary {
  const words = SearchableMap.from(counts);
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
    const found = [...words.fuzzyGet(word, distance + 1)]
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
      const found = [...words.atPrefix(prefix)].sort(byCommonness);
      return found.slice(0, limit).map(([, info]) => info.display);
    },
  };
}
