/**
 * Builds what the search index is made of, from `content`, in one pass over its passages:
 * the MiniSearch index and its exact scorer, the per-document columns ranking reads, the name,
 * concept and vocabulary indexes, the lexicon (WordNet and the spelling lists unless `lexicon`
 * is given), the corpus words and the about-order (worked out per entity when first asked).
 * Linear in the content's size.
 */
import MiniSearch, { type Options } from "minisearch";
import { foldForMatch } from "../content/fold-text.js";
import type { Content } from "../content/types.js";
import { type AboutOrder, createAboutOrder } from "./about-entity.js";
import { type ConceptIndex, createConceptIndex } from "./concept-index.js";
import { createLexicon, type Lexicon } from "./lexicon.js";
import { createNameIndex, type NameIndex } from "./name-index.js";
import { passagePrior, tieOrder } from "./rank-results.js";
import { createQueryScorer, type QueryScorer } from "./score-query.js";
import { SEARCH_OPTIONS } from "./search-options.js";
import { isStopWord } from "./stop-words.js";
import { termForms } from "./term-forms.js";
import type { SearchDocuments } from "./text-search.js";
import { type Token, tokenize, tokenizesFolded } from "./tokenize.js";
import { createVocabularyBuilder, type Vocabulary } from "./vocabulary.js";

/** What {@link buildIndexParts} makes; the search index reads it (see search-index.ts). */
export interface IndexParts {
  names: NameIndex;
  concepts: ConceptIndex;
  scorer: QueryScorer;
  documents: SearchDocuments;
  vocabulary: Vocabulary;
  english: Lexicon;
  /** The distinct words of the passages and their sections, in order of first use. */
  corpusWords: Set<string>;
  aboutOrder: AboutOrder;
}

const NAME_FIELDS = new Set(["entities", "topics", "concepts"]);

/**
 * The passage index's minisearch options: passage words (as `tokensOf` gives a text's
 * tokens) indexed as their {@link termForms}, name fields as `<kind>:<id>` terms; queries
 * arrive already split into terms (see buildQueryGroups).
 */
export function indexOptions(
  tokensOf: (text: string) => readonly Token[],
): Options<Record<string, string>> {
  return {
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
    searchOptions: {
      tokenize: (text) => [text],
      processTerm: (term) => term,
      boost: SEARCH_OPTIONS.fieldBoost,
    },
  };
}

/**
 * Builds the parts of the search index over `content` (see {@link IndexParts}).
 *
 * @example
 * const { scorer, names } = buildIndexParts(content);
 */
export function buildIndexParts(content: Content, lexicon?: Lexicon): IndexParts {
  // The vocabulary counts the display names' words as the name index reads them (tokenizing
  // them again cost 0.24 s at 1000× content).
  const vocabularyBuilder = createVocabularyBuilder();
  const names = createNameIndex(content, (tokens) => vocabularyBuilder.addName(tokens));
  const concepts = createConceptIndex(content.concepts);
  const mini = new MiniSearch(indexOptions((text) => tokensOf(text)));
  // One pass over the passages: each is tokenized once, its tokens feed the index, the
  // vocabulary, the corpus words and its prior, then are dropped (keeping every passage's
  // tokens for the whole build cost about 60 MB of RSS at 14k passages, 513 → 451 MB in one
  // run). Section titles are shared by many passages: tokenized once each.
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
  }
  passageText = "";
  passageTokens = [];
  sectionTokens.clear();
  const vocabulary = vocabularyBuilder.build();
  const english = lexicon ?? createLexicon(corpusWords);
  const scorer = createQueryScorer(mini);
  // Per document of the index (its short ids), what ranking reads for every match.
  const docPassages = scorer.documentIds.map((id) => content.passageById.get(id));
  const priors = Float64Array.from(docPassages, (p) => (p && priorOf.get(p.id)) ?? 1);
  priorOf.clear();
  let ties: Int32Array | undefined;
  // Folded when a phrase search first reads it: at most the passages' own size, once.
  const folded: Array<string | undefined> = [];
  // Whether each passage's words were indexed folded, found when a phrase search first asks.
  const wordsFolded = new Uint8Array(docPassages.length);
  const documents: SearchDocuments = {
    passages: docPassages,
    priors,
    textLengths: Int32Array.from(docPassages, (p) => p?.text.length ?? 0),
    foldedText(doc) {
      let text = folded[doc];
      if (text === undefined) {
        text = foldForMatch(docPassages[doc]?.text ?? "");
        folded[doc] = text;
      }
      return text;
    },
    wordsFolded(doc) {
      // 0: not known yet, 1: folded, 2: lower-cased only.
      if (wordsFolded[doc] === 0)
        wordsFolded[doc] = tokenizesFolded(docPassages[doc]?.text ?? "") ? 1 : 2;
      return wordsFolded[doc] === 1;
    },
    // Sorting every id is made on the first text search, not at start-up.
    tieOrder: () =>
      (ties ??= tieOrder(
        docPassages.map((p) => ({
          id: p?.id ?? "",
          date: (p && content.sourceById.get(p.sourceId)?.date) ?? "",
        })),
      )),
  };
  const aboutOrder = createAboutOrder(content, names);
  return { names, concepts, scorer, documents, vocabulary, english, corpusWords, aboutOrder };
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
