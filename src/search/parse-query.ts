/**
 * Splits a search query into quoted phrases and the words to rank on.
 *
 * Syntax: `"exact phrase"` requires the phrase and takes its words as typed (never
 * corrected); a leading `=` (`=terorism`) takes the whole query as typed: no correction, no
 * completion, no synonyms. The "search for … instead" button uses `=`.
 */
import { type Token, tokenize } from "./tokenize.js";

/** A parsed query. `words` excludes joined forms; `tokens` has them too. */
export interface ParsedQuery {
  /** Text inside balanced double quotes: results must contain each phrase. */
  phrases: string[];
  tokens: Token[];
  words: Token[];
  /** True when the query began with `=`: search the words exactly as typed. */
  exact: boolean;
  /** Tokens inside quotes, never corrected. */
  quoted: ReadonlySet<Token>;
}

/** The prefix that turns corrections and expansions off. */
export const EXACT_PREFIX = "=";

const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/gu;

/**
 * Parses `query`. Balanced quotes make phrases; a lone quote is ignored rather than an error.
 *
 * @example
 * parseQuery('"human rights" freedoms').phrases // ["human rights"]
 * parseQuery("=terorism").exact // true
 */
export function parseQuery(query: string): ParsedQuery {
  const trimmed = query.trimStart();
  const exact = trimmed.startsWith(EXACT_PREFIX);
  const text = exact ? trimmed.slice(EXACT_PREFIX.length) : query;
  const phrases: string[] = [];
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(QUOTED)) {
    const phrase = match[1]?.trim() ?? "";
    ranges.push([match.index, match.index + match[0].length]);
    if (tokenize(phrase).length > 0) phrases.push(phrase);
  }
  const tokens = tokenize(text);
  const quoted = new Set(tokens.filter((t) => ranges.some(([s, e]) => t.start >= s && t.end <= e)));
  return { phrases, tokens, words: tokens.filter((t) => !t.joined), exact, quoted };
}
