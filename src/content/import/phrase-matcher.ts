/**
 * Finds which names occur in a text, for many names and many texts: each text's words are
 * looked up once, and only names whose words all occur are checked exactly. The exact check
 * is the content validator's own ({@link mentions}), so what is linked here passes the check.
 */
import { mentions } from "../find-phrase.js";
import { foldCase, foldWhitespace } from "../fold-text.js";

/** One name to look for, and who it names. */
export interface Phrase<T> {
  phrase: string;
  /** Proper nouns from a dataset and acronyms match only with the same capitals. */
  caseSensitive: boolean;
  owner: T;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Matches a fixed list of phrases against texts. */
export interface PhraseMatcher<T> {
  /** The owners of every phrase that occurs in `text` as whole words. */
  owners(text: string): Set<T>;
}

/** Indexes `phrases` by their first word. */
export function createPhraseMatcher<T>(phrases: ReadonlyArray<Phrase<T>>): PhraseMatcher<T> {
  const byFirstWord = new Map<string, Array<Phrase<T> & { words: string[] }>>();
  for (const phrase of phrases) {
    const words = foldCase(phrase.phrase).match(WORD) ?? [];
    const first = words[0];
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { ...phrase, words }]);
  }
  return {
    owners(text) {
      const found = new Set<T>();
      const words = new Set(foldCase(text).match(WORD) ?? []);
      for (const word of words) {
        for (const candidate of byFirstWord.get(word) ?? []) {
          if (found.has(candidate.owner)) continue;
          if (!candidate.words.every((w) => words.has(w))) continue;
          if (!mentions(text, candidate.phrase)) continue;
          if (candidate.caseSensitive && !mentionsExactCase(text, candidate.phrase)) continue;
          found.add(candidate.owner);
        }
      }
      return found;
    },
  };
}

const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Like {@link mentions}, but the capitals must match too (`US` is not `us`). */
function mentionsExactCase(text: string, phrase: string): boolean {
  const fold = (s: string) => foldWhitespace(s).replace(APOSTROPHES, "'");
  const haystack = fold(text);
  const needle = fold(phrase);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (
      (before === undefined || !WORD_CHAR.test(before)) &&
      (after === undefined || !WORD_CHAR.test(after))
    )
      return true;
  }
  return false;
}
