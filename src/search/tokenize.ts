/**
 * Splits text into word tokens with their offsets, the way both the index and queries see it.
 */
import { foldCase } from "../content/fold-text.js";

/** A word of the input: `word` is folded (lower case, ASCII apostrophes); `raw` as typed. */
export interface Token {
  word: string;
  raw: string;
  start: number;
  end: number;
  /**
   * True for the joined form of a hyphenated compound (`counterterrorism` for
   * `counter-terrorism`), indexed alongside its parts.
   */
  joined: boolean;
}

// A word is a match of /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u: letters and digits, with inner
// apostrophes kept out (France's → france + s), and hyphen chains captured whole so their
// joined form can be added. tokenize finds exactly those matches (the property test in
// tests/search/tokenize.test.ts compares them) by reading character codes: the regular
// expression, an indexOf per match to find its offset and a string per match were about half
// of tokenizing 14k passages (390 against 180 ms for the scan, one run on 1000× content).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HYPHEN = 0x2d;

// Whether each UTF-16 code unit (outside surrogates) is a letter or digit: 1 yes, 2 no,
// 0 not looked up yet. Filled as characters are first seen (ASCII up front).
const wordUnits = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x80; unit++)
  wordUnits[unit] = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 2;

/**
 * How many code units the letter or digit at `i` of `text` takes: 1, 2 (a character outside
 * the BMP, as `𝐀`), or 0 when there is none there (also past the end and on a lone surrogate).
 */
function wordCharAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const point = text.codePointAt(i) ?? 0;
    return point > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (Number.isNaN(unit)) return 0;
  let known = wordUnits[unit];
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 2;
    wordUnits[unit] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * True when {@link tokenize} gives `text`'s words folded (accents off, as queries are): always,
 * unless folding would change the text's length ("İ" lower-cases to two characters), when its
 * words are only lower-cased.
 */
export function tokenizesFolded(text: string): boolean {
  return foldCase(text).length === text.length;
}

/**
 * Tokenizes `text`: every word, plus one joined token per hyphenated compound.
 *
 * @example
 * tokenize("counter-terrorism").map((t) => t.word) // ["counter", "terrorism", "counterterrorism"]
 */
export function tokenize(text: string): Token[] {
  const folded = foldCase(text);
  // foldCase keeps offsets for the scripts we index; when it does not, fall back to the input.
  const source = folded.length === text.length ? folded : text.toLowerCase();
  const tokens: Token[] = [];
  const length = source.length;
  let i = 0;
  while (i < length) {
    let width = wordCharAt(source, i);
    if (width === 0) {
      i++;
      continue;
    }
    // A run of letters and digits, continued past each hyphen that a letter or digit follows.
    const start = i;
    let hyphenated = false;
    for (;;) {
      while (width !== 0) {
        i += width;
        width = wordCharAt(source, i);
      }
      if (source.charCodeAt(i) !== HYPHEN) break;
      width = wordCharAt(source, i + 1);
      if (width === 0) break;
      hyphenated = true;
      i++;
    }
    const after = i;
    const chain = source.slice(start, after);
    if (!hyphenated) {
      // Most words: one token; where the text has the folded form already, `raw` shares it
      // (every word of every passage goes through here at start-up).
      const raw = text.startsWith(chain, start) ? chain : text.slice(start, after);
      tokens.push({ word: chain, raw, start, end: after, joined: false });
      continue;
    }
    let offset = start;
    for (const part of chain.split("-")) {
      tokens.push({
        word: part,
        raw: text.slice(offset, offset + part.length),
        start: offset,
        end: offset + part.length,
        joined: false,
      });
      offset += part.length + 1;
    }
    tokens.push({
      word: chain.replaceAll("-", ""),
      raw: text.slice(start, after),
      start,
      end: after,
      joined: true,
    });
  }
  return tokens;
}
