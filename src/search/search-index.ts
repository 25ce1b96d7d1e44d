/**
 * The search index over passages: exact names first, then ranked full text, with marks and
 * "did you mean" suggestions. Built once at start-up from the content (the parts:
 * build-index.ts).
 */

import { hasFoldedPhrase } from "../content/find-phrase.js";
import { foldForMatch } from "../content/fold-text.js";
import type { Content, Entity, Passage, Topic } from "../content/types.js";
import type { Language } from "../i18n/language.js";
import { isProtectedWord } from "../input/mentions.js";
import { buildIndexParts } from "./build-index.js";
import { applyCorrections, correctWords, replaceWord } from "./correct-query.js";
import { markText } from "./highlight.js";
import { type HitList, hitListOf, lazyHit, type SearchHit } from "./hit-list.js";
import type { Lexicon } from "./lexicon.js";
import { markableNames } from "./name-index.js";
import { createNameLookups, type NameLookups } from "./name-lookups.js";
import { buildQueryGroups, type GroupSources } from "./query-groups.js";
import { createQueryReader } from "./read-query.js";
import { createTextSearch } from "./text-search.js";
import type { tokenize } from "./tokenize.js";

export type { HitList, SearchHit } from "./hit-list.js";

/**
 * What a search found. `list` holds the hits, best first, ranked and built only as far as
 * they are read (show a page from it); `hits` is every one of them, in a new array at each
 * read (the hits themselves are built once, in the list).
 * `unmatched` holds query words no passage contains (as typed). `corrected`, when set, is the
 * query as searched after correcting typos ("terorism" → "terrorism"); search the original
 * with `=` + the original text.
 */
export type SearchOutcome =
  | ({ kind: "entity"; entity: Entity; corrected?: string } & Found)
  | ({ kind: "topic"; topic: Topic; corrected?: string } & Found)
  | ({ kind: "text"; unmatched: string[]; corrected?: string } & Found)
  /** `suggestions` are corrected queries, closest first. */
  | { kind: "none"; suggestions: string[]; unmatched: string[] }
  | { kind: "empty" };

/** The hits of a search that found some. */
export interface Found {
  readonly list: HitList;
  /** Every hit, in a new array at each read (built once, in the list): prefer {@link Found.list} for a page. */
  readonly hits: SearchHit[];
}

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

/**
 * Builds the index over `content`. `lexicon` defaults to WordNet and the spelling lists
 * (the WordNet files are opened once per process).
 *
 * @example
 * const index = createSearchIndex(content);
 * index.search("GCTF"); // { kind: "entity", entity: { id: "gctf", … }, hits: […] }
 */
export function createSearchIndex(content: Content, lexicon?: Lexicon): SearchIndex {
  const { names, concepts, scorer, documents, vocabulary, english, corpusWords, aboutOrder } =
    buildIndexParts(content, lexicon);
  const lookups = createNameLookups(content, names, vocabulary, english);
  const passagesOf = (ids: readonly string[]) =>
    ids.flatMap((id) => content.passageById.get(id) ?? []).sort((a, b) => a.order - b.order);
  const entityHits = (entity: Entity): SearchHit[] => {
    const phrases = markableNames(entity);
    const listed = aboutOrder.order(entity);
    // An entity is listed by the pack that names it; another source that mentions it by name
    // counts too, after the listed passages (an imported page naming France must not hide
    // every other source's France).
    const elsewhere: Passage[] = [];
    if (content.sources.length > 1) {
      // Each name folded once, each passage's folded text from the index's own cache; the
      // index's documents are the passages in content order, so these stay in reading order.
      const own = new Set(listed.map((p) => p.sourceId));
      const needles = [...phrases, ...entity.frenchNames].map(foldForMatch);
      documents.passages.forEach((p, doc) => {
        if (p === undefined || own.has(p.sourceId)) return;
        const text = documents.foldedText(doc);
        if (needles.some((needle) => hasFoldedPhrase(text, needle))) elsewhere.push(p);
      });
    }
    return [...listed, ...elsewhere].map((passage) =>
      lazyHit(passage, () => markText(passage.text, { terms: new Set(), phrases })),
    );
  };
  const readQuery = createQueryReader(content, {
    names,
    concepts,
    vocabulary,
    lexicon: english,
    passageWords: corpusWords,
  });
  // `sujets financement du terrorisme`: a French name is read through the glossary, as a
  // French query is, then looked up in the English it translates to.
  const findTopic = (name: string): Topic | undefined => {
    const found = lookups.findTopic(name);
    if (found !== undefined) return found;
    const reading = readQuery(name, "fr");
    if (reading.language !== "fr" || reading.parsed.words.length === 0) return undefined;
    return lookups.findTopic(reading.parsed.words.map((t) => t.word).join(" "));
  };
  const searchText = createTextSearch({
    content,
    scorer,
    concepts,
    documents,
    aboutPassages: aboutOrder.aboutPassages,
  });
  const isCorpusWord = (word: string) => vocabulary.has(word);
  // A property set on the literal, not a spread: see withHits.
  const withCorrection = <T extends object>(fields: T, corrected: string | undefined) => {
    if (corrected !== undefined) (fields as T & { corrected?: string }).corrected = corrected;
    return fields;
  };

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
      const sources: GroupSources = {
        names: parsed.exact ? [] : corrections.length > 0 ? names.scan(words) : scanned,
        concepts: parsed.exact ? [] : concepts.scan(words),
        compounds: compoundsOf(parsed.tokens, words),
        lexicon: english,
        isCorpusWord,
        exact: parsed.exact,
      };
      if (reading.alternatives !== undefined) sources.alternatives = reading.alternatives;
      const groups = buildQueryGroups(words, sources);
      // A topic (or entity) answer comes from the pack that declares it; the words typed may
      // be in other sources' passages too ("money" in an imported note): those follow it.
      const withOtherSources = (answer: SearchHit[]): SearchHit[] => {
        if (content.sources.length < 2 || groups.length === 0) return answer;
        const own = new Set(answer.map((hit) => hit.passage.sourceId));
        const seen = new Set(answer.map((hit) => hit.passage.id));
        const text = searchText(groups, parsed.phrases, scope.sourceId).hits;
        const more = text
          .slice(0, text.count)
          .filter((hit) => !own.has(hit.passage.sourceId) && !seen.has(hit.passage.id));
        return [...answer, ...more];
      };
      // A name typed exactly answers with its passages; a corrected word searches the text,
      // and so does `=`: "exactly as typed" is the text's own words, never a topic's alias.
      if (parsed.phrases.length === 0 && corrections.length === 0 && !parsed.exact) {
        const exact = names.lookup(words);
        const named = exact?.kind === "entity" ? inScope(entityHits(exact.entity)) : [];
        if (exact?.kind === "entity" && named.length > 0)
          return withHits(
            withCorrection({ kind: "entity" as const, entity: exact.entity }, corrected),
            hitListOf(withOtherSources(named)),
          );
        if (exact?.kind === "topic") {
          const hits = inScope(
            passagesOf(exact.topic.passageIds).map((passage) => ({ passage, marks: [] })),
          );
          if (hits.length > 0)
            return withHits(
              withCorrection({ kind: "topic" as const, topic: exact.topic }, corrected),
              hitListOf(withOtherSources(hits)),
            );
        }
      }

      if (groups.length === 0) return { kind: "empty" };
      const searched = searchText(groups, parsed.phrases, scope.sourceId);
      // A French term's words share its label: say it once.
      const unmatched =
        reading.language === "en" ? searched.unmatched : [...new Set(searched.unmatched)];
      if (searched.hits.count === 0) {
        // Never suggest for a real word ("many" is not a typo of "may"), nor inside a mention,
        // channel or link: that is someone's name or address.
        const suggestions = unmatched
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
        return { kind: "none", suggestions, unmatched };
      }
      return withHits(
        withCorrection({ kind: "text" as const, unmatched }, corrected),
        searched.hits,
      );
    },

    aboutEntity: entityHits,
    ...lookups,
    findTopic,
  };
}

/**
 * `fields` with the hits of `list` (`fields` itself, completed): `hits` built when read, `list`
 * not enumerable, so outcomes compare (and print) by their hits, as plain data. Both are
 * defined with shared descriptors, never `{ ...fields, get hits() {…} }`: an object spread
 * then extended, or a getter made per object, gets its own hidden class in old space and kept
 * each query's working set alive through young collections.
 */
function withHits<T extends object>(fields: T, list: HitList): T & Found {
  Object.defineProperty(fields, "list", { value: list, enumerable: false });
  return Object.defineProperty(fields, "hits", HITS_PROPERTY) as T & Found;
}

/** {@link Found.hits}, read from the outcome's `list` (its hits are built once, there). */
const HITS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  get(this: Found): SearchHit[] {
    return this.list.slice(0, this.list.count);
  },
};

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
