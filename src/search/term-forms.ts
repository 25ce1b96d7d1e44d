/**
 * The index terms of one word: the word itself and its stem, so "financing" finds "finance"
 * while an exact "financing" still ranks first (it matches both forms).
 */
import { stemmer } from "stemmer";
import { isStopWord } from "./stop-words.js";

/** Words shorter than this are kept whole: stemming "is" or "g8" only adds noise. */
const STEM_MIN_LENGTH = 4;

/** Returns `[word, stem]` (or `[word]` when they agree), or `[]` for a stop word. */
export function termForms(word: string): string[] {
  if (isStopWord(word) || (word.length < 2 && !/\d/u.test(word))) return [];
  if (word.length < STEM_MIN_LENGTH || /\d/u.test(word)) return [word];
  const stem = stemmer(word);
  return stem === word ? [word] : [word, stem];
}
