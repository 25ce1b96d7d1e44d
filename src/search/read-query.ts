/**
 * Reads a query in the language it is written in: an English query is parsed as typed; a
 * French one is translated into the English the passages answer (see french-query.ts). The
 * rest of the search works on the result alike.
 */
import type { Content } from "../content/types.js";
import { isFrenchStopWord } from "../i18n/french-words.js";
import type { Language } from "../i18n/language.js";
import type { ConceptIndex } from "./concept-index.js";
import type { Correction } from "./correct-query.js";
import { translateFrenchQuery } from "./french-query.js";
import { createGlossaryIndex } from "./glossary-index.js";
import type { Lexicon } from "./lexicon.js";
import type { NameIndex } from "./name-index.js";
import { type ParsedQuery, parseQuery } from "./parse-query.js";
import { queryLanguage } from "./query-language.js";
import type { Token } from "./tokenize.js";
import type { Vocabulary } from "./vocabulary.js";

/** A query as the search reads it. */
export interface QueryReading {
  language: Language;
  /** The words to search: as typed, or a French query's English. */
  parsed: ParsedQuery;
  /** French typos fixed before translating, as typed → as the glossary writes them. */
  corrections: Correction[];
  /** Other words of the text a word stands for, at a lower weight (glossary alternatives). */
  alternatives?: ReadonlyMap<Token, readonly string[]>;
}

/** What reading a query needs from the index being built. */
export interface QueryReaderParts {
  names: NameIndex;
  concepts: ConceptIndex;
  vocabulary: Vocabulary;
  lexicon: Lexicon;
  /** The passages' own words (folded), all of them: names are not the text. */
  passageWords: ReadonlySet<string>;
}

/**
 * Builds the reader over `content`'s glossary. `hint` is the person's language when known; the
 * query's words may overrule it (see query-language.ts).
 *
 * @example
 * const read = createQueryReader(content, parts);
 * read("financement du terrorisme").parsed.words.map((t) => t.word); // ["terrorist", "financing"]
 */
export function createQueryReader(
  content: Content,
  parts: QueryReaderParts,
): (query: string, hint?: Language) => QueryReading {
  const glossary = createGlossaryIndex(content.glossary);
  const passageWords = parts.passageWords;
  const frenchNameWords = parts.names.frenchOnlyWords();
  const signals = {
    isFrenchTerm: glossary.lists,
    isCorpusWord: (word: string) => passageWords.has(word),
    isEnglish: parts.lexicon.isEnglish,
    isFrenchName: (word: string) => frenchNameWords.has(word),
    // The word is already folded: look it up as one token, without tokenizing it again.
    isName: (word: string) =>
      parts.names.lookup([{ word, raw: word, start: 0, end: word.length, joined: false }]) !==
      undefined,
    frenchPhrases(words: readonly Token[]) {
      const covered = new Set<number>();
      for (let i = 0; i < words.length; i++) {
        const match = glossary.match(words, i);
        if (match === undefined || match.to - match.from < 2) continue;
        for (let j = match.from; j < match.to; j++) covered.add(j);
        i = match.to - 1;
      }
      return covered;
    },
  };
  const context = { ...parts, glossary };
  return (query, hint) => {
    const typed = parseQuery(query);
    const language = queryLanguage(typed.words, signals, hint);
    // `=` is the words as typed: a French word is not replaced by its English (a French
    // source has "blanchiment" itself).
    if (language === "en") return { language, parsed: typed, corrections: [] };
    if (typed.exact) {
      // Its articles are no more a word to find than English ones are ("=financement du").
      const words = typed.words.filter((t) => !isFrenchStopWord(t.word));
      return { language, parsed: { ...typed, words }, corrections: [] };
    }
    // Each key named, not `{ language, ...translated }`: a literal extended by a spread gets
    // a hidden class of its own, which kept each query's objects alive (see withHits).
    const { parsed, alternatives, corrections } = translateFrenchQuery(typed, context);
    return { language: "fr", parsed, alternatives, corrections };
  };
}
