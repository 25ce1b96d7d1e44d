/**
 * Marks the words of a passage that a query matched, as ranges over the verbatim text.
 */
import { LRUCache } from "lru-cache";
import { findFoldedPhrase } from "../content/find-phrase.js";
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

/** What marking needs of one text, each part made on first need. */
interface MarkedText {
  /** Each index term of the text's words → the words' ranges, in text order. */
  termRanges: ReadonlyMap<string, readonly Mark[]> | undefined;
  /** The text as {@link foldCase} folds it (phrases are found in it). */
  folded: string | undefined;
}

// The passages marked lately: a page shows the same few passages again and again, and
// tokenizing, stemming and folding a passage was most of a small query's time. Bounded (least
// recently marked out first); keyed by the text itself, which is immutable content.
const recentTexts = new LRUCache<string, MarkedText>({
  max: SEARCH_OPTIONS.markedPassagesCacheSize,
});

/** The cache entry of `text`, made empty when new; the last `markedPassagesCacheSize` are kept. */
function recentText(text: string): MarkedText {
  let entry = recentTexts.get(text);
  if (entry === undefined) {
    entry = { termRanges: undefined, folded: undefined };
    recentTexts.set(text, entry);
  }
  return entry;
}

/** Ranges to mark in `text`, sorted and merged. Pass `words` when already computed. */
export function markText(text: string, request: MarkRequest, words?: readonly WordTerms[]): Mark[] {
  const marks: Mark[] = [];
  const wanted = request.terms.size > 0 || request.phrases.length > 0;
  const recent = words === undefined && wanted ? recentText(text) : undefined;
  if (request.terms.size > 0) {
    if (words !== undefined) {
      for (const word of words)
        if (word.forms.some((form) => request.terms.has(form))) marks.push([word.start, word.end]);
    } else if (recent !== undefined) {
      // Term by term (a query has a few), not word by word (a passage has a hundred or more);
      // a word matched by two forms is pushed twice and merged below (which copies each mark:
      // the cached ranges are never changed).
      recent.termRanges ??= termRangesOf(text);
      for (const term of request.terms) {
        const ranges = recent.termRanges.get(term);
        if (ranges !== undefined) for (const range of ranges) marks.push(range);
      }
    }
  }
  // phraseRanges, with the text folded once for all the phrases.
  if (request.phrases.length > 0) {
    let folded = recent?.folded;
    if (folded === undefined) {
      folded = foldCase(text);
      if (recent !== undefined) recent.folded = folded;
    }
    for (const phrase of request.phrases) {
      const needle = foldedPhrase(phrase);
      for (const start of findFoldedPhrase(folded, needle))
        marks.push([start, start + needle.length]);
    }
  }
  return mergeMarks(marks);
}

// Phrases folded lately: a page marks the same few names (an entity's) in each of its hits.
const foldedPhrases = new LRUCache<string, string>({
  max: SEARCH_OPTIONS.foldedPhrasesCacheSize,
});

/** {@link foldForMatch} of `phrase`, remembered (least recently used out first). */
function foldedPhrase(phrase: string): string {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) {
    folded = foldForMatch(phrase);
    foldedPhrases.set(phrase, folded);
  }
  return folded;
}

/** Each index term of `text`'s words → the ranges of the words that have it, in text order. */
function termRangesOf(text: string): Map<string, readonly Mark[]> {
  const ranges = new Map<string, Mark[]>();
  for (const word of wordTerms(text))
    for (const form of word.forms) {
      const list = ranges.get(form);
      if (list === undefined) ranges.set(form, [[word.start, word.end]]);
      else list.push([word.start, word.end]);
    }
  return ranges;
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
