/**
 * Corrects the words of a query that are plausibly typos: a word that is neither in the text,
 * nor English, nor a name, nor quoted, and is close to exactly what the text says
 * ("terorism" → "terrorism", "Sahle" → "Sahel"). Never a stop word, never a real word
 * ("causes" stays "causes", "many" stays "many"), never a short word ("Niger").
 */
import type { Lexicon } from "./lexicon.js";
import type { ParsedQuery } from "./parse-query.js";
import { SEARCH_OPTIONS, type SearchOptions } from "./search-options.js";
import { isStopWord } from "./stop-words.js";
import type { Token } from "./tokenize.js";
import type { Vocabulary } from "./vocabulary.js";

/** One word changed: as typed, and what is searched instead (as the text prints it). */
export interface Correction {
  from: string;
  to: string;
}

/** The query's words after corrections, and what changed. */
export interface CorrectedWords {
  words: Token[];
  corrections: Correction[];
}

/** Corrects `parsed`'s words; returns them unchanged for an exact (`=`) query. */
export function correctWords(
  parsed: ParsedQuery,
  vocabulary: Vocabulary,
  lexicon: Lexicon,
  isName: (word: Token) => boolean,
  options: SearchOptions = SEARCH_OPTIONS,
): CorrectedWords {
  if (parsed.exact) return { words: parsed.words, corrections: [] };
  const corrections: Correction[] = [];
  const words = parsed.words.map((token) => {
    const { word } = token;
    if (
      parsed.quoted.has(token) ||
      isStopWord(word) ||
      /\d/u.test(word) ||
      vocabulary.has(word) ||
      isName(token) ||
      lexicon.isEnglish(word)
    )
      return token;
    const [better] = vocabulary.closest(word, 1, options.correction);
    if (better === undefined) return token;
    corrections.push({ from: token.raw, to: better });
    return { ...token, word: better.toLowerCase(), raw: better };
  });
  return { words, corrections };
}

/**
 * `query` with each correction's word replaced (first whole-word occurrence); quotes and
 * all else kept.
 *
 * @example
 * applyCorrections("search terorism", [{ from: "terorism", to: "terrorism" }]) // "search terrorism"
 */
export function applyCorrections(query: string, corrections: readonly Correction[]): string {
  return corrections.reduce((text, { from, to }) => replaceWord(text, from, to), query);
}

/** `query` with its first whole-word `word` replaced by `better`. */
export function replaceWord(query: string, word: string, better: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return query.replace(
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u"),
    () => better,
  );
}
