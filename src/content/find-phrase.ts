/**
 * Whole-word phrase lookup over folded text, shared by content checks, search and highlighting.
 */
import { foldCase, foldForMatch } from "./fold-text.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Returns the start offsets of `phrase` in `text` where it stands as whole words
 * (case-insensitive, whitespace and apostrophes folded). Offsets index the folded text;
 * see {@link phraseRanges} for offsets into the original.
 */
export function findPhrase(foldedText: string, phrase: string): number[] {
  return findFoldedPhrase(foldedText, foldForMatch(phrase));
}

/** {@link findPhrase} for a phrase already folded with {@link foldForMatch}. */
export function findFoldedPhrase(foldedText: string, foldedPhrase: string): number[] {
  const hits: number[] = [];
  for (
    let at = nextHit(foldedText, foldedPhrase, 0);
    at >= 0;
    at = nextHit(foldedText, foldedPhrase, at + 1)
  )
    hits.push(at);
  return hits;
}

/**
 * True when `foldedPhrase`, already folded with {@link foldForMatch}, stands as whole words in
 * `foldedText`: {@link findPhrase} for a phrase looked for in many texts (folded once), stopping
 * at the first hit.
 *
 * @example
 * hasFoldedPhrase(foldForMatch("The UN Security Council"), foldForMatch("UN")) // true
 */
export function hasFoldedPhrase(foldedText: string, foldedPhrase: string): boolean {
  return nextHit(foldedText, foldedPhrase, 0) >= 0;
}

/** The first offset from `from` where `needle` stands as whole words in `foldedText`, or -1. */
function nextHit(foldedText: string, needle: string, from: number): number {
  if (needle.length === 0) return -1;
  for (let start = from; ; ) {
    const at = foldedText.indexOf(needle, start);
    if (at < 0) return -1;
    const before = foldedText[at - 1];
    const after = foldedText[at + needle.length];
    const startsWord =
      !WORD_CHAR.test(needle[0] ?? "") || before === undefined || !WORD_CHAR.test(before);
    const endsWord =
      !WORD_CHAR.test(needle.at(-1) ?? "") || after === undefined || !WORD_CHAR.test(after);
    if (startsWord && endsWord) return at;
    start = at + 1;
  }
}

/** True when `phrase` appears in `text` as whole words. */
export function mentions(text: string, phrase: string): boolean {
  return findPhrase(foldForMatch(text), phrase).length > 0;
}

/**
 * Ranges `[start, end)` of `phrase` in the original `text`. Works on text whose whitespace is
 * already single spaces (passages are stored that way), so folded and original offsets agree.
 */
export function phraseRanges(text: string, phrase: string): Array<[number, number]> {
  const length = foldForMatch(phrase).length;
  return findPhrase(foldCase(text), phrase).map((start) => [start, start + length]);
}
