/**
 * Splits a search query into quoted phrases and the words to rank on.
 */
import { type Token, tokenize } from "./tokenize.js";

/** A parsed query. `words` excludes joined forms; `tokens` has them too. */
export interface ParsedQuery {
  /** Text inside balanced double quotes: results must contain each phrase. */
  phrases: string[];
  tokens: Token[];
  words: Token[];
}

const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/gu;

/**
 * Parses `query`. Balanced quotes make phrases; a lone quote is ignored rather than an error.
 *
 * @example
 * parseQuery('"human rights" freedoms').phrases // ["human rights"]
 */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  for (const match of query.matchAll(QUOTED)) {
    const phrase = match[1]?.trim() ?? "";
    if (tokenize(phrase).length > 0) phrases.push(phrase);
  }
  const tokens = tokenize(query);
  return { phrases, tokens, words: tokens.filter((t) => !t.joined) };
}
