/**
 * Marks the words of a passage that a query matched, as ranges over the verbatim text.
 */
import { findPhrase } from "../content/find-phrase.js";
import { foldCase, foldForMatch } from "../content/fold-text.js";
import { SEARCH_OPTIONS } from "./search-options.js";
import { termForms } from "./term-forms.js";
import { tokenize } from "./tokenize.js";

/** A marked range `[start, end)` in an item's text. */
export type Mark = [start: number, end: number];

/** What to mark in one passage. */
export interface MarkRequest {
  /** Index terms that matched (raw words and stems). */
  terms: ReadonlySet<string>;
  /** Names and phrases to mark wherever they appear. */
  phrases: readonly string[];
}

/** A word of a text with its index terms, computed once per passage. */
export interface WordTerms {
  start: number;
  end: number;
  forms: readonly string[];
}

/** The words of `text` with their index terms (raw and stem). */
export function wordTerms(text: string): WordTerms[] {
  return tokenize(text).map((t) => ({ start: t.start, end: t.end, forms: termForms(t.word) }));
}

// The words of the passages marked lately: a page shows the same few passages again and
// again, and tokenizing and stemming a passage was most of a small query's time. Bounded
// (least recently marked out first); keyed by the text itself, which is immutable content.
const recentWords = new Map<string, readonly WordTerms[]>();

/** {@link wordTerms}, remembered for the last `SEARCH_OPTIONS.markedPassagesCacheSize` texts. */
function recentWordTerms(text: string): readonly WordTerms[] {
  let words = recentWords.get(text);
  if (words !== undefined) recentWords.delete(text);
  else {
    words = wordTerms(text);
    if (recentWords.size >= SEARCH_OPTIONS.markedPassagesCacheSize) {
      const oldest = recentWords.keys().next().value;
      if (oldest !== undefined) recentWords.delete(oldest);
    }
  }
  recentWords.set(text, words);
  return words;
}

/** Ranges to mark in `text`, sorted and merged. Pass `words` when already computed. */
export function markText(text: string, request: MarkRequest, words?: readonly WordTerms[]): Mark[] {
  const marks: Mark[] = [];
  if (request.terms.size > 0) {
    for (const word of words ?? recentWordTerms(text)) {
      if (word.forms.some((form) => request.terms.has(form))) marks.push([word.start, word.end]);
    }
  }
  // phraseRanges, with the text folded once for all the phrases.
  if (request.phrases.length > 0) {
    const folded = foldCase(text);
    for (const phrase of request.phrases) {
      const length = foldForMatch(phrase).length;
      for (const start of findPhrase(folded, phrase)) marks.push([start, start + length]);
    }
  }
  return mergeMarks(marks);
}

/** Sorts marks and merges the ones that overlap or touch. */
export function mergeMarks(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Mark[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
