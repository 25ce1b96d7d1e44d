/**
 * Turns a French query into the English query the (English) passages answer: names kept as
 * typed ("Nations unies", "Inde" are French names of their entities), glossary terms replaced by the
 * source's words ("financement du terrorisme" → "terrorist financing"), French stop words
 * dropped, French typos corrected against the glossary ("terorisme" → "terrorisme"). Words it
 * does not know (an English word, a number, a name) pass through, so the English search still
 * has them.
 */
import { isFrenchStopWord } from "../i18n/french-words.js";
import type { ConceptIndex } from "./concept-index.js";
import type { Correction } from "./correct-query.js";
import type { GlossaryIndex } from "./glossary-index.js";
import type { Lexicon } from "./lexicon.js";
import type { NameIndex } from "./name-index.js";
import type { ParsedQuery } from "./parse-query.js";
import { type Token, tokenize } from "./tokenize.js";
import type { Vocabulary } from "./vocabulary.js";

/** What translating reads. */
export interface FrenchQueryContext {
  names: NameIndex;
  concepts: ConceptIndex;
  glossary: GlossaryIndex;
  vocabulary: Vocabulary;
  lexicon: Lexicon;
}

/**
 * A French query as an English one. `parsed` is English (its tokens' `raw` keeps the French
 * words they stand for, so labels and corrections speak the person's words); `alternatives`
 * are the other source words a word stands for (at the alternative weight, search-options.ts); `corrections` are French
 * typos fixed, as typed → as the glossary writes them.
 */
export interface TranslatedQuery {
  parsed: ParsedQuery;
  alternatives: ReadonlyMap<Token, readonly string[]>;
  corrections: Correction[];
}

/** A run of the English query: its text, the French it stands for, and its alternatives. */
interface Piece {
  text: string;
  raw: string;
  alternatives: readonly string[];
  quoted: boolean;
}

/**
 * Translates `typed` (a parsed French query). Quoted words and `=` queries are kept as typed
 * (no typo correction); names are kept as typed; a one-word name that is also a French word
 * ("un", "eu") counts only in capitals, as "UN" or "EU".
 *
 * @example
 * translateFrenchQuery(parseQuery("lutte contre le financement du terrorisme"), context)
 *   .parsed.words.map((t) => t.word) // ["fight", "against", "terrorist", "financing"]
 */
export function translateFrenchQuery(
  typed: ParsedQuery,
  context: FrenchQueryContext,
): TranslatedQuery {
  // Names and concepts (regions) are searched as typed: French ones are in the content.
  const names = [...context.names.scan(typed.words), ...context.concepts.scan(typed.words)].filter(
    (m) => !isFrenchWordName(typed.words, m),
  );
  const inName = (i: number) => names.some((m) => i >= m.from && i < m.to);
  const glossaryQuotes = quotedTerms(typed, context.glossary);
  const { words, corrections } = correctFrench(typed, inName, context);
  const pieces: Piece[] = [];
  const keep = (token: Token, quoted: boolean) =>
    pieces.push({ text: token.raw, raw: token.raw, alternatives: [], quoted });
  for (let i = 0; i < words.length; ) {
    const token = words[i] as Token;
    const name = names
      .filter((m) => m.from === i)
      .reduce<Span | undefined>((a, b) => (a === undefined || b.to > a.to ? b : a), undefined);
    const term =
      typed.quoted.has(token) && !glossaryQuotes.tokens.has(token)
        ? undefined
        : context.glossary.match(words, i);
    // The longer reading wins: "causes profondes" is the glossary's, "causes" alone a concept.
    if (name !== undefined && (term === undefined || name.to >= term.to)) {
      for (const t of words.slice(name.from, name.to)) keep(t, typed.quoted.has(t));
      i = name.to;
      continue;
    }
    if (term !== undefined) {
      const [first = "", ...others] = term.entry.english;
      const last = words[term.to - 1] ?? token;
      const raw = typedText(typed, token.start, last.end);
      pieces.push({ text: first, raw, alternatives: others, quoted: false });
      i = term.to;
      continue;
    }
    const literal = typed.quoted.has(token) && !glossaryQuotes.tokens.has(token);
    if (literal || !isFrenchStopWord(token.word)) keep(token, typed.quoted.has(token));
    i++;
  }
  const phrases = typed.phrases.filter((phrase) => !glossaryQuotes.phrases.has(phrase));
  const { parsed, alternatives } = englishQuery(pieces, { ...typed, phrases });
  return { parsed, alternatives, corrections };
}

/**
 * The quoted phrases that are each one glossary term as a whole (`« droits de l’homme »`),
 * and their words. A French term never appears in an English source, so such a phrase is
 * searched as its term is, the glossary giving the source's words for it; other quoted
 * phrases stay literal.
 */
function quotedTerms(
  typed: ParsedQuery,
  glossary: GlossaryIndex,
): { phrases: Set<string>; tokens: Set<Token> } {
  const phrases = new Set<string>();
  const tokens = new Set<Token>();
  for (const phrase of typed.phrases) {
    const own = tokenize(phrase)
      .filter((t) => !t.joined)
      .map((t) => t.word);
    // Where the phrase's words are in the query: a run of quoted words spelling it.
    const from = typed.words.findIndex(
      (_, i) =>
        own.every((word, j) => typed.words[i + j]?.word === word) &&
        own.every((_, j) => typed.quoted.has(typed.words[i + j] as Token)),
    );
    if (from < 0) continue;
    const words = typed.words.slice(from, from + own.length);
    const first = words.findIndex((t) => !isFrenchStopWord(t.word));
    const match = first < 0 ? undefined : glossary.match(words, first);
    if (match === undefined || match.to !== words.length) continue;
    phrases.add(phrase);
    for (const t of words) tokens.add(t);
  }
  return { phrases, tokens };
}

/** Words `[from, to)` of the query. */
interface Span {
  from: number;
  to: number;
}

/** True when `match` is one word that is also a French word, typed other than in capitals. */
function isFrenchWordName(words: readonly Token[], match: Span): boolean {
  const token = words[match.from];
  if (token === undefined || match.to - match.from !== 1) return false;
  return isFrenchStopWord(token.word) && token.raw !== token.raw.toUpperCase();
}

/** The words of the typed query between two offsets, as typed. */
function typedText(typed: ParsedQuery, start: number, end: number): string {
  return typed.tokens
    .filter((t) => !t.joined && t.start >= start && t.end <= end)
    .map((t) => t.raw)
    .join(" ");
}

/**
 * `typed.words` with French typos corrected: a word no glossary term, name, stop word,
 * English word or word of the text accounts for, within the correction edits of a glossary
 * word. Never in an `=` query, in quotes, in a name, or with a digit.
 */
function correctFrench(
  typed: ParsedQuery,
  inName: (index: number) => boolean,
  context: FrenchQueryContext,
): { words: Token[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  if (typed.exact) return { words: [...typed.words], corrections };
  const words = typed.words.map((token, i) => {
    const { word } = token;
    if (
      typed.quoted.has(token) ||
      inName(i) ||
      isFrenchStopWord(word) ||
      /\d/u.test(word) ||
      context.glossary.hasWord(word) ||
      context.vocabulary.has(word) ||
      context.lexicon.isEnglish(word)
    )
      return token;
    const better = context.glossary.closest(word);
    if (better === undefined) return token;
    corrections.push({ from: token.raw, to: better });
    const [folded] = tokenize(better);
    return { ...token, word: folded?.word ?? word, raw: better };
  });
  return { words, corrections };
}

/**
 * The English query the pieces make: tokens with offsets into the English text (so hyphenated
 * compounds still join), each `raw` set to the French it stands for.
 */
function englishQuery(
  pieces: readonly Piece[],
  typed: ParsedQuery,
): Omit<TranslatedQuery, "corrections"> {
  const tokens: Token[] = [];
  const quoted = new Set<Token>();
  const alternatives = new Map<Token, readonly string[]>();
  let offset = 0;
  for (const piece of pieces) {
    const own = tokenize(piece.text).map((t) => ({
      ...t,
      raw: piece.text === piece.raw ? t.raw : piece.raw,
      start: t.start + offset,
      end: t.end + offset,
    }));
    const words = own.filter((t) => !t.joined);
    if (words.length === 1 && words[0] !== undefined && piece.alternatives.length > 0)
      alternatives.set(words[0], piece.alternatives);
    for (const t of own) if (piece.quoted) quoted.add(t);
    tokens.push(...own);
    offset += piece.text.length + 1;
  }
  return {
    parsed: {
      phrases: typed.phrases,
      tokens,
      words: tokens.filter((t) => !t.joined),
      exact: typed.exact,
      quoted,
    },
    alternatives,
  };
}
