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

// Letters and digits, with inner apostrophes kept out (France's → france + s), and hyphen
// chains captured whole so their joined form can be added.
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

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
  // The matched strings alone (a match object per word was a third of start-up's garbage),
  // each found again from the end of the last: what lies between two matches holds no letter
  // or digit, so the next match is the first place its text appears.
  let after = 0;
  for (const chain of source.match(WORD) ?? []) {
    const start = source.indexOf(chain, after);
    after = start + chain.length;
    if (!chain.includes("-")) {
      // Most words: one token; where the text has the folded form already, `raw` shares it
      // (every word of every passage goes through here at start-up).
      const end = start + chain.length;
      const raw = text.startsWith(chain, start) ? chain : text.slice(start, end);
      tokens.push({ word: chain, raw, start, end, joined: false });
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
