/**
 * The search index over passages: exact names first, then ranked full text, with marks and
 * "did you mean" suggestions. Built once at start-up from the content.
 */

import MiniSearch from "minisearch";
import type { Content, Entity, Passage, Topic } from "../content/types.js";
import type { Language } from "../i18n/language.js";
import { isProtectedWord } from "../input/mentions.js";
import { createAboutOrderBuilder } from "./about-entity.js";
import { createConceptIndex } from "./concept-index.js";
import { applyCorrections, correctWords, replaceWord } from "./correct-query.js";
import { type Mark, markText } from "./highlight.js";
import { createLexicon, type Lexicon } from "./lexicon.js";
import { createNameIndex, markableNames } from "./name-index.js";
import { createNameLookups, type NameLookups } from "./name-lookups.js";
import { buildQueryGroups } from "./query-groups.js";
import { passagePrior } from "./rank-results.js";
import { createQueryReader } from "./read-query.js";
import { createQueryScorer } from "./score-query.js";
import { SEARCH_OPTIONS } from "./search-options.js";
import { isStopWord } from "./stop-words.js";
import { termForms } from "./term-forms.js";
import { searchText } from "./text-search.js";
import { type Token, tokenize } from "./tokenize.js";
import { createVocabularyBuilder } from "./vocabulary.js";

/**
 * A passage found by a search, with the ranges of its text to mark. `marks` is computed when
 * first read (then kept), so a query marks only the hits a page shows.
 */
export interface SearchHit {
  passage: Passage;
  marks: Mark[];
}

/**
 * What a search found. `unmatched` holds query words no passage contains (as typed).
 * `corrected`, when set, is the query as searched after correcting typos
 * ("terorism" → "terrorism"); search the original with `=` + the original text.
 */
export type SearchOutcome =
  | { kind: "entity"; entity: Entity; hits: SearchHit[]; corrected?: string }
  | { kind: "topic"; topic: Topic; hits: SearchHit[]; corrected?: string }
  | { kind: "text"; hits: SearchHit[]; unmatched: string[]; corrected?: string }
  /** `suggestions` are corrected queries, closest first. */
  | { kind: "none"; suggestions: string[]; unmatched: string[] }
  | { kind: "empty" };

/** What narrows a search. */
export interface SearchScope {
  /** Only passages of this source (a pack id). */
  sourceId?: string;
  /**
   * The person's language, when known (their locale): a hint, which the query's own words
   * may overrule (see query-language.ts). A French query is searched through the glossary.
   */
  language?: Language;
}

/** The search index. */
export interface SearchIndex extends NameLookups {
  /** Searches passages, of every source or of `scope.sourceId` only. */
  search(query: string, scope?: SearchScope): SearchOutcome;
  /** The passages that mention `entity`: those about it first, then the rest in reading order. */
  aboutEntity(entity: Entity): SearchHit[];
}

const NAME_FIELDS = new Set(["entities", "topics", "concepts"]);

/**
 * Builds the index over `content`. `lexicon` defaults to WordNet and the spelling lists
 * (the WordNet files are opened once per process).
 *
 * @example
 * const index = createSearchIndex(content);
 * index.search("GCTF"); // { kind: "entity", entity: { id: "gctf", … }, hits: […] }
 */
export function createSearchIndex(content: Content, lexicon?: Lexicon): SearchIndex {
  const names = createNameIndex(content);
  const concepts = createConceptIndex(content.concepts);
  const mini = new MiniSearch({
    fields: ["text", "section", "entities", "topics", "concepts"],
    tokenize: (text, field) =>
      field !== undefined && NAME_FIELDS.has(field)
        ? text.split(" ").filter(Boolean)
        : tokensOf(text).map((t) => t.word),
    processTerm: (term, field) => {
      if (field !== undefined && NAME_FIELDS.has(field)) return term;
      const forms = termForms(term);
      // minisearch only reads the array (it is termForms' shared, frozen one).
      return forms.length > 0 ? (forms as string[]) : null;
    },
    // Queries arrive already split into terms (see buildQueryGroups).
    searchOptions: {
      tokenize: (text) => [text],
      processTerm: (term) => term,
      boost: SEARCH_OPTIONS.fieldBoost,
    },
  });
  // One pass over the passages: each is tokenized once, its tokens feed the index, the
  // vocabulary, the corpus words, its prior and the about-order, then are dropped (keeping
  // every passage's tokens for the whole build cost about 60 MB of RSS at 14k passages,
  // 513 → 451 MB in one run). Section titles are shared by many passages: tokenized once each.
  const sectionTokens = new Map<string, Token[]>();
  let passageText = "";
  let passageTokens: Token[] = [];
  const tokensOf = (text: string): Token[] => {
    if (text === passageText) return passageTokens;
    let tokens = sectionTokens.get(text);
    if (tokens === undefined) {
      tokens = tokenize(text);
      sectionTokens.set(text, tokens);
    }
    return tokens;
  };
  const vocabularyBuilder = createVocabularyBuilder();
  const aboutBuilder = createAboutOrderBuilder(content, names);
  // The distinct words of passages and sections, in order of first use.
  const corpusWords = new Set<string>();
  const priorOf = new Map<string, number>();
  // One pass over entities and topics (not one per passage): linear in the content's size.
  const entityTerms = termsByPassage(content.entities, "entity");
  const topicTerms = termsByPassage(content.topics, "topic");
  for (const p of content.passages) {
    passageText = p.text;
    passageTokens = tokenize(p.text);
    vocabularyBuilder.addPassage(passageTokens);
    let contentWords = 0;
    for (const t of passageTokens) {
      corpusWords.add(t.word);
      if (!t.joined && !isStopWord(t.word)) contentWords++;
    }
    for (const t of tokensOf(p.section)) corpusWords.add(t.word);
    mini.add({
      id: p.id,
      text: p.text,
      section: p.section,
      entities: entityTerms.get(p.id)?.join(" ") ?? "",
      topics: topicTerms.get(p.id)?.join(" ") ?? "",
      concepts: concepts.termsOf(p),
    });
    priorOf.set(p.id, passagePrior(p.text, contentWords));
    aboutBuilder.addPassage(p, passageTokens);
  }
  passageText = "";
  passageTokens = [];
  sectionTokens.clear();
  const vocabulary = vocabularyBuilder.build(content);
  const english = lexicon ?? createLexicon(corpusWords);
  const scorer = createQueryScorer(mini);
  const aboutOrder = aboutBuilder.build();
  const lookups = createNameLookups(content, names, vocabulary, english);
  const passagesOf = (ids: readonly string[]) =>
    ids.flatMap((id) => content.passageById.get(id) ?? []).sort((a, b) => a.order - b.order);
  const entityHits = (entity: Entity): SearchHit[] =>
    aboutOrder
      .order(entity)
      .map((passage) =>
        lazyHit(passage, () =>
          markText(passage.text, { terms: new Set(), phrases: markableNames(entity) }),
        ),
      );
  const readQuery = createQueryReader(content, {
    names,
    concepts,
    vocabulary,
    lexicon: english,
    passageWords: corpusWords,
  });
  const withCorrection = <T extends object>(outcome: T, corrected: string | undefined) =>
    corrected === undefined ? outcome : { ...outcome, corrected };

  return {
    search(query, scope = {}) {
      // A name's or topic's passages outside the source asked for do not count: with none
      // left, the words are searched as text (in that source).
      const inScope = (hits: SearchHit[]) =>
        scope.sourceId === undefined
          ? hits
          : hits.filter((hit) => hit.passage.sourceId === scope.sourceId);
      // A French query is searched as the English it translates to (see read-query.ts).
      const reading = readQuery(query, scope.language);
      const { parsed } = reading;
      const scanned = names.scan(parsed.words);
      const inName = new Set(
        scanned.flatMap((m) => parsed.words.slice(m.from, m.to).map((t) => t.start)),
      );
      // A name, a mention, a channel or a link is never corrected.
      const { words, corrections: ownCorrections } = correctWords(
        parsed,
        vocabulary,
        english,
        (token) => inName.has(token.start) || isProtectedWord(query, token.raw),
      );
      const corrections = [...reading.corrections, ...ownCorrections];
      const corrected =
        corrections.length > 0 ? applyCorrections(query, corrections).trim() : undefined;
      // A name typed exactly answers with its passages; a corrected word searches the text.
      if (parsed.phrases.length === 0 && corrections.length === 0) {
        const exact = names.lookup(words);
        const named = exact?.kind === "entity" ? inScope(entityHits(exact.entity)) : [];
        if (exact?.kind === "entity" && named.length > 0)
          return withCorrection({ kind: "entity", entity: exact.entity, hits: named }, corrected);
        if (exact?.kind === "topic") {
          const hits = inScope(
            passagesOf(exact.topic.passageIds).map((passage) => ({ passage, marks: [] })),
          );
          if (hits.length > 0)
            return withCorrection({ kind: "topic", topic: exact.topic, hits }, corrected);
        }
      }

      const groups = buildQueryGroups(words, {
        names: corrections.length > 0 ? names.scan(words) : scanned,
        concepts: concepts.scan(words),
        compounds: compoundsOf(parsed.tokens, words),
        lexicon: english,
        isCorpusWord: (word) => vocabulary.has(word),
        exact: parsed.exact,
        ...(reading.alternatives === undefined ? {} : { alternatives: reading.alternatives }),
      });
      if (groups.length === 0) return { kind: "empty" };
      const searched = searchText(
        { content, scorer, concepts, priorOf, isAbout: aboutOrder.isAbout },
        groups,
        parsed.phrases,
        scope.sourceId,
      );
      // A French term's words share its label: say it once.
      const found =
        reading.language === "en"
          ? searched
          : { ...searched, unmatched: [...new Set(searched.unmatched)] };
      if (found.hits.length === 0) {
        // Never suggest for a real word ("many" is not a typo of "may"), nor inside a mention,
        // channel or link: that is someone's name or address.
        const suggestions = found.unmatched
          .filter((word) => !english.isEnglish(word.toLowerCase()))
          .filter((word) => !isProtectedWord(query, word))
          .flatMap((word) =>
            vocabulary
              .closest(word.toLowerCase(), 3)
              // In a French query, only a name: "otages" is not a typo of "States".
              .filter((better) => reading.language === "en" || names.lookup(better) !== undefined)
              .map((better) => replaceWord(query, word, better).replace(/^\s*=/u, "")),
          )
          .filter((s, i, all) => all.indexOf(s) === i)
          .slice(0, 3);
        return { kind: "none", suggestions, unmatched: found.unmatched };
      }
      const hits = found.hits.flatMap((hit) => {
        const passage = content.passageById.get(hit.passageId);
        return passage === undefined ? [] : [lazyHit(passage, () => hit.marks)];
      });
      return withCorrection({ kind: "text", hits, unmatched: found.unmatched }, corrected);
    },

    aboutEntity: entityHits,
    ...lookups,
  };
}

/**
 * Passage id → `<prefix>:<id>` terms of the entities (or topics) that list the passage, in the
 * order of `owners`, each term once per passage.
 */
function termsByPassage(
  owners: ReadonlyArray<{ id: string; passageIds: readonly string[] }>,
  prefix: string,
): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  for (const owner of owners) {
    for (const passageId of new Set(owner.passageIds)) {
      const list = terms.get(passageId);
      if (list) list.push(`${prefix}:${owner.id}`);
      else terms.set(passageId, [`${prefix}:${owner.id}`]);
    }
  }
  return terms;
}

/** A hit on `passage` whose marks are computed on first read. */
function lazyHit(passage: Passage, compute: () => Mark[]): SearchHit {
  let marks: Mark[] | undefined;
  return {
    passage,
    get marks() {
      marks ??= compute();
      return marks;
    },
  };
}

/** The joined forms of hyphenated compounds, as word ranges of `words`. */
function compoundsOf(
  tokens: ReturnType<typeof tokenize>,
  words: ReturnType<typeof tokenize>,
): Array<{ word: string; from: number; to: number }> {
  return tokens
    .filter((t) => t.joined)
    .flatMap((joined) => {
      const from = words.findIndex((w) => w.start === joined.start);
      const to = words.findIndex((w) => w.end === joined.end) + 1;
      return from >= 0 && to > from ? [{ word: joined.word, from, to }] : [];
    });
}
