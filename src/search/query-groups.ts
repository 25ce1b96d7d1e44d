/**
 * Turns a parsed query into minisearch OR-groups, one per query word, hyphenated compound or
 * recognised name/concept. A passage covers a group when it matches the group's whole term
 * (an entity, topic, concept or joined compound) or every word of it (see {@link covers}).
 * Expansions (spelling variants, synonyms, concepts) weigh less than the words typed.
 */
import type { Query } from "minisearch";
import type { Lexicon } from "./lexicon.js";
import type { NameMatch, NameTarget } from "./name-index.js";
import { SEARCH_OPTIONS, type SearchOptions } from "./search-options.js";
import { termForms } from "./term-forms.js";
import { type Token, tokenize } from "./tokenize.js";

/** Fields holding passage words; names live in `entities`, `topics` and `concepts`. */
export const TEXT_FIELDS = ["text", "section"];

/** A concept or region of concepts.yaml found in the query, covering tokens `[from, to)`. */
export interface ConceptMatch {
  conceptId: string;
  from: number;
  to: number;
}

/** One query word (or name, concept, compound) and the index terms that stand for it. */
export interface QueryGroup {
  /** The words as typed, to say "no passage mentions …". */
  label: string;
  /** Terms that cover the group on their own: entity/topic/concept terms, joined compounds. */
  whole: string[];
  /** Per typed word, the terms that stand for it (raw, stem, variants, synonyms). */
  slots: string[][];
  /** Terms that stand for a word only as a synonym: they cover it at the synonym weight. */
  synonyms: ReadonlySet<string>;
  query: Query;
}

/** What the groups are built from besides the words. */
export interface GroupSources {
  names: readonly NameMatch[];
  concepts: readonly ConceptMatch[];
  /** Joined forms of hyphenated compounds, with the word range they join. */
  compounds: ReadonlyArray<{ word: string; from: number; to: number }>;
  lexicon: Lexicon;
  isCorpusWord: (word: string) => boolean;
  /**
   * `=query`: the words as typed: no stem, no prefix completion, no expansion (the caller
   * passes no names or concepts either, so only the text's own words match).
   */
  exact: boolean;
  /**
   * Other words of the text a query word stands for, at the alternative weight (a French word's
   * glossary alternatives: "capacités" → capacity, capacities, capabilities).
   */
  alternatives?: ReadonlyMap<Token, readonly string[]>;
}

/** The index term standing for an entity or topic, e.g. `entity:gctf`. */
export function nameTerm(target: NameTarget): string {
  return target.kind === "entity" ? `entity:${target.entity.id}` : `topic:${target.topic.id}`;
}

/**
 * How well `matched` (query terms a passage matched) covers `group`: 1 through a whole term
 * or every word as typed (or its stem or spelling variant); the synonym weight when some word
 * is matched only through a synonym ("penalty" by "punishment"); 0 when a word is missing.
 */
export function coverage(
  group: QueryGroup,
  matched: ReadonlySet<string>,
  options: SearchOptions = SEARCH_OPTIONS,
): number {
  if (group.whole.some((t) => matched.has(t))) return 1;
  if (group.slots.length === 0) return 0;
  let least = 1;
  for (const slot of group.slots) {
    const hits = slot.filter((t) => matched.has(t));
    if (hits.length === 0) return 0;
    if (hits.every((t) => group.synonyms.has(t))) least = options.expansion.synonym;
  }
  return least;
}

interface Part {
  term: string;
  query: Query;
}

/**
 * Builds the groups for `words` (tokens without joined forms, corrections applied). Names
 * and concepts take the longest span; then hyphenated compounds; any other word is a group
 * of its own. Stop words make no slot; a group with nothing left is dropped.
 */
export function buildQueryGroups(
  words: readonly Token[],
  sources: GroupSources,
  options: SearchOptions = SEARCH_OPTIONS,
): QueryGroup[] {
  const { lexicon, exact } = sources;
  // No `{ …, ...extra }`: a spread that adds a key makes a hidden class per object (see
  // search-index.ts withHits).
  const weighted = (term: string, weight: number, prefix?: boolean): Part => {
    const boostTerm = boostOf(weight);
    return {
      term,
      query:
        prefix === undefined
          ? { queries: [term], fields: TEXT_FIELDS, boostTerm }
          : { queries: [term], fields: TEXT_FIELDS, boostTerm, prefix },
    };
  };
  const slotParts = (index: number, expand: boolean): Part[] => {
    const word = words[index]?.word ?? "";
    const [raw, stem] = termForms(word);
    if (raw === undefined) return [];
    const known = sources.isCorpusWord(raw);
    // Completing a half-typed last word; never a word of the text or of English.
    const prefix =
      !exact &&
      index === words.length - 1 &&
      !known &&
      raw.length >= options.prefixMinLength &&
      !lexicon.isEnglish(raw);
    const parts = [weighted(raw, 1, prefix)];
    // `=financing` is that word: not "financed" through their shared stem.
    if (stem !== undefined && !exact) parts.push(weighted(stem, 1));
    for (const other of alternativeTerms(words[index], sources.alternatives))
      parts.push(weighted(other, options.expansion.alternative));
    if (exact || !expand) return parts;
    for (const variant of lexicon.spellingVariants(raw))
      for (const form of termForms(variant))
        parts.push(weighted(form, options.expansion.spellingVariant));
    const own = new Set(parts.map((p) => p.term));
    for (const synonym of lexicon.synonyms(raw))
      for (const form of termForms(synonym)) {
        if (own.has(form)) continue;
        synonymTerms.add(form);
        parts.push(weighted(form, options.expansion.synonym));
      }
    return parts;
  };

  const groups: QueryGroup[] = [];
  const synonymTerms = new Set<string>();
  // The words of a name ("United Nations") are not expanded: a name is not its words' synonyms.
  const build = (from: number, to: number, wholeParts: Part[], expand: boolean) => {
    const slots: string[][] = [];
    const parts = [...wholeParts];
    for (let i = from; i < to; i++) {
      const slot = slotParts(i, expand);
      if (slot.length === 0) continue;
      slots.push([...new Set(slot.map((p) => p.term))]);
      parts.push(...slot);
    }
    if (parts.length === 0) return;
    groups.push({
      // Words standing for one typed phrase share its `raw` (a translated French term): once.
      label: words
        .slice(from, to)
        .filter((w, i, all) => i === 0 || w.raw !== all[i - 1]?.raw)
        .map((w) => w.raw)
        .join(" "),
      whole: wholeParts.map((p) => p.term),
      slots,
      synonyms: new Set(parts.map((p) => p.term).filter((t) => synonymTerms.has(t))),
      query: { combineWith: "OR", queries: parts.map((p) => p.query) },
    });
  };

  for (let index = 0; index < words.length; ) {
    const name = sources.names.find((m) => m.from === index);
    const concept = exact ? undefined : sources.concepts.find((m) => m.from === index);
    const compound = sources.compounds.find((c) => c.from === index);
    const wholeParts: Part[] = [];
    let to = index + 1;
    if (name !== undefined && (concept === undefined || name.to >= concept.to)) {
      const term = nameTerm(name.target);
      const field = name.target.kind === "entity" ? "entities" : "topics";
      wholeParts.push({ term, query: { queries: [term], fields: [field] } });
      to = name.to;
    } else if (concept !== undefined) {
      const term = `concept:${concept.conceptId}`;
      wholeParts.push({
        term,
        query: {
          queries: [term],
          fields: ["concepts"],
          boostTerm: () => options.expansion.concept,
        },
      });
      to = concept.to;
    } else if (compound !== undefined) {
      for (const form of termForms(compound.word)) wholeParts.push(weighted(form, 1));
      to = compound.to;
    }
    build(index, to, wholeParts, name === undefined || to !== name.to);
    index = to;
  }
  return groups;
}

// One boost function per weight, shared by every query (the weights are a handful of options).
const boosts = new Map<number, () => number>();

/** A minisearch `boostTerm` that gives every term `weight`. */
function boostOf(weight: number): () => number {
  let boost = boosts.get(weight);
  if (boost === undefined) {
    boost = () => weight;
    boosts.set(weight, boost);
  }
  return boost;
}

/** The index terms of `token`'s alternatives: each one's forms, a compound by its joined form. */
function alternativeTerms(
  token: Token | undefined,
  alternatives: ReadonlyMap<Token, readonly string[]> | undefined,
): string[] {
  const others = token === undefined ? undefined : alternatives?.get(token);
  if (others === undefined) return [];
  return others.flatMap((other) => {
    const tokens = tokenize(other);
    const word = (tokens.find((t) => t.joined) ?? tokens[0])?.word;
    return word === undefined ? [] : termForms(word);
  });
}
