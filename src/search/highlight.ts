/**
 * Marks the words of a passage that a query matched, as ranges over the verbatim text.
 */
import { phraseRanges } from "../content/find-phrase.js";
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

/** Ranges to mark in `text`, sorted and merged. Pass `words` when already computed. */
export function markText(text: string, request: MarkRequest, words?: readonly WordTerms[]): Mark[] {
  const marks: Mark[] = [];
  if (request.terms.size > 0) {
    for (const word of words ?? wordTerms(text)) {
      if (word.forms.some((form) => request.terms.has(form))) marks.push([word.start, word.end]);
    }
  }
  for (const phrase of request.phrases) marks.push(...phraseRanges(text, phrase));
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
