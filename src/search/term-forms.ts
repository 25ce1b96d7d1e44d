/**
 * The index terms of one word: the word itself and its stem, so "financing" finds "finance"
 * while an exact "financing" still ranks first (it matches both forms).
 */
import { stemmer } from "stemmer";
import { SEARCH_OPTIONS } from "./search-options.js";
import { isStopWord } from "./stop-words.js";

/** Words shorter than this are kept whole: stemming "is" or "g8" only adds noise. */
const STEM_MIN_LENGTH = 4;

const NONE: readonly string[] = Object.freeze([]);

// Every word of every passage is stemmed at index build and again when a hit is marked: the
// same few thousand words over and over. Bounded (oldest entry out first) so words typed in
// queries cannot grow it without end.
const memo = new Map<string, readonly string[]>();

/**
 * Returns `[word, stem]` (or `[word]` when they agree), or `[]` for a stop word. The array is
 * shared between calls (frozen): copy it before changing it.
 */
export function termForms(word: string): readonly string[] {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const forms = Object.freeze(computeForms(word));
  if (memo.size >= SEARCH_OPTIONS.termFormsCacheSize) {
    const oldest = memo.keys().next().value;
    if (oldest !== undefined) memo.delete(oldest);
  }
  memo.set(word, forms);
  return forms;
}

function computeForms(word: string): string[] {
  if (isStopWord(word) || (word.length < 2 && !/\d/u.test(word))) return NONE as string[];
  if (word.length < STEM_MIN_LENGTH || /\d/u.test(word)) return [word];
  const stem = stemmer(word);
  return stem === word ? [word] : [word, stem];
}
