/**
 * The words of the corpus, for "did you mean" and for completing a half-typed word.
 */
import SearchableMap from "minisearch/SearchableMap";
import type { Content } from "../content/types.js";
import { isStopWord } from "./stop-words.js";
import { tokenize } from "./tokenize.js";

interface WordInfo {
  /** The word as the text prints it, e.g. "Nigeria". */
  display: string;
  count: number;
}

/** The corpus vocabulary. */
export interface Vocabulary {
  has(word: string): boolean;
  /** Corpus words within a small edit distance of `word`, closest and commonest first. */
  closest(word: string, limit: number): string[];
  /** Corpus words starting with `prefix`, commonest first. */
  complete(prefix: string, limit: number): string[];
}

/** Edits allowed when suggesting a correction: none below 3 letters, 1 up to 5, then 2. */
export function suggestionDistance(length: number): number {
  if (length < 3) return 0;
  return length <= 5 ? 1 : 2;
}

/** Builds the vocabulary from passages, entity names and topic titles. */
export function createVocabulary(content: Content): Vocabulary {
  const words = new SearchableMap<WordInfo>();
  const add = (text: string) => {
    for (const token of tokenize(text)) {
      if (token.joined || isStopWord(token.word) || token.word.length < 2) continue;
      const info = words.get(token.word);
      if (info) info.count++;
      else words.set(token.word, { display: token.raw, count: 1 });
    }
  };
  for (const passage of content.passages) add(passage.text);
  for (const entity of content.entities) add([entity.name, ...entity.aliases].join(" "));
  for (const topic of content.topics) add(topic.title);

  const byCommonness = (a: [string, WordInfo], b: [string, WordInfo]) =>
    b[1].count - a[1].count || a[0].localeCompare(b[0]);
  return {
    has: (word) => words.has(word),
    closest(word, limit) {
      const distance = suggestionDistance(word.length);
      if (distance === 0) return [];
      const found = [...words.fuzzyGet(word, distance)].filter(([key]) => key !== word);
      found.sort(
        (a, b) => a[1][1] - b[1][1] || b[1][0].count - a[1][0].count || a[0].localeCompare(b[0]),
      );
      return found.slice(0, limit).map(([, [info]]) => info.display);
    },
    complete(prefix, limit) {
      if (prefix.length === 0) return [];
      const found = [...words.atPrefix(prefix)].sort(byCommonness);
      return found.slice(0, limit).map(([, info]) => info.display);
    },
  };
}
