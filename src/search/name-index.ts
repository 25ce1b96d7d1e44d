/**
 * Recognises entity and topic names in what people type: "UN", "Group of Eight", "ISIS",
 * "capacity building". Names are compared as token sequences, so "U.N." and "u n" agree.
 */
import type { Content, Entity, EntityKind, Topic } from "../content/types.js";
import { isFrenchStopWord } from "../i18n/french-words.js";
import { demonymsOf, frenchDemonymsOf } from "./demonyms.js";
import { isStopWord } from "./stop-words.js";
import { type Token, tokenize } from "./tokenize.js";

/** What a name refers to. */
export type NameTarget = { kind: "entity"; entity: Entity } | { kind: "topic"; topic: Topic };

/** A name found inside a query, covering tokens `[from, to)`. */
export interface NameMatch {
  target: NameTarget;
  from: number;
  to: number;
}

interface NameEntry {
  target: NameTarget;
  /** Set when the name is a common word (IS, US): it then matches only as typed. */
  exactCase?: string;
}

/** Looks names up by their token sequence. */
export interface NameIndex {
  /**
   * The target whose name is exactly `text`: entities before topics; only entities of
   * `kinds` when given; only topics when `kinds` is "topic". Takes the text, or its words
   * when the caller has already tokenized it.
   */
  lookup(
    text: string | readonly Token[],
    kinds?: readonly EntityKind[] | "topic",
  ): NameTarget | undefined;
  /**
   * Longest-first, non-overlapping names in `words` (tokens without joined forms); only
   * entity names when `only` is "entity".
   */
  scan(words: readonly Token[], only?: "entity"): NameMatch[];
  /** Every display name with its target, for suggestions and autocomplete. */
  names(): Array<{ name: string; target: NameTarget }>;
  /**
   * The words (folded) of entities' French names that none of their English names has, French
   * stop words aside ("inde", "unies"): a query holding one is French.
   */
  frenchOnlyWords(): ReadonlySet<string>;
}

/**
 * The names of an entity worth marking in a passage: all but those that are also common
 * words (IS, US), which would light up every "is" and "us".
 */
export function markableNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].filter((name) => !isStopWord(name.toLowerCase()));
}

const ALL_ENTITY_KINDS: readonly EntityKind[] = ["partner", "forum", "subject"];

/**
 * Builds the name index from the content's entities and topics. Every name is tokenized here,
 * for its first word, its length in words and the language word lists; its keys (the whole
 * name and each leading run of its words) are made, from a second tokenizing, the first time a
 * look-up or a scan starts at that first word, and most first words are never typed (keeping
 * every name's tokens until then would hold 193k arrays at 1000× content). At 1000× content (193k
 * names) the index took 0.92–0.96 s with every key made at start and 0.59–0.70 s this way;
 * the first query starting at a common word pays for that word's names once ("partners India"
 * 51 ms the first time instead of 4.5 ms, then as before). `onListedName` is handed the tokens
 * of each display name (entities' names and aliases, topics' titles) as it is read, in content
 * order: the vocabulary counts them from there.
 */
export function createNameIndex(
  content: Content,
  onListedName?: (tokens: readonly Token[]) => void,
): NameIndex {
  const byKey = new Map<string, NameEntry[]>();
  const display: Array<{ name: string; target: NameTarget }> = [];
  // Every leading run of words of a longer name ("united", "united nations" for "United
  // Nations Security Council"): a scan stops extending a span once it is no such run.
  const prefixes = new Set<string>();
  let longest = 1;
  // Names whose keys are not made yet, by first word, in the order they were added (entries
  // under one key keep that order: names with the same key share their first word).
  const waiting = new Map<string, Array<{ name: string; target: NameTarget }>>();

  /** The words that make a name's keys: joined forms dropped, and a leading "the". */
  const keyWords = (named: readonly Token[]): Token[] => {
    const all = named.filter((t) => !t.joined);
    // "The United Nations" is the United Nations: a leading article is not part of a name.
    return all.length > 1 && all[0]?.word === "the" ? all.slice(1) : all;
  };

  // The words of entities' English and French names, read as the names are added.
  const englishWords = new Set<string>();
  const frenchWords: string[] = [];
  const add = (name: string, target: NameTarget, listed: boolean, language?: "en" | "fr") => {
    const named = tokenize(name);
    if (language === "en") for (const t of named) englishWords.add(t.word);
    else if (language === "fr") for (const t of named) frenchWords.push(t.word);
    const tokens = keyWords(named);
    const first = tokens[0]?.word;
    if (first === undefined) return;
    const names = waiting.get(first);
    if (names) names.push({ name, target });
    else waiting.set(first, [{ name, target }]);
    longest = Math.max(longest, tokens.length);
    if (listed) {
      display.push({ name, target });
      onListedName?.(named);
    }
  };

  /** Makes the keys of the names starting with `first`, once. */
  const makeKeys = (first: string | undefined) => {
    if (first === undefined) return;
    const names = waiting.get(first);
    if (names === undefined) return;
    waiting.delete(first);
    for (const { name, target } of names) {
      const tokens = keyWords(tokenize(name));
      // Each leading run of words, then the whole name, built word by word.
      let key = tokens[0]?.word ?? "";
      for (let n = 1; n < tokens.length; n++) {
        prefixes.add(key);
        key = `${key} ${tokens[n]?.word}`;
      }
      const exactCase = tokens.length === 1 && isStopWord(key) ? tokens[0]?.raw : undefined;
      const entry = exactCase === undefined ? { target } : { target, exactCase };
      const entries = byKey.get(key);
      if (entries) entries.push(entry);
      else byKey.set(key, [entry]);
    }
  };
  for (const entity of content.entities) {
    const target: NameTarget = { kind: "entity", entity };
    add(entity.name, target, true, "en");
    for (const alias of entity.aliases) add(alias, target, true, "en");
    // French names are found, not offered: suggestions and lists stay in English.
    for (const name of entity.frenchNames) add(name, target, false, "fr");
    add(entity.id.replaceAll("-", " "), target, false);
    // "Russian" names Russia: a country answers to its demonym too.
    for (const name of [entity.name, ...entity.aliases])
      for (const demonym of demonymsOf(name)) {
        add(demonym, target, false);
        // "the Russians", "Indians": the plural of a demonym in -an or -i.
        if (/(?:an|i)$/u.test(demonym)) add(`${demonym}s`, target, false);
      }
    // "russe", "indiennes": in French, each gender and number.
    for (const name of [entity.name, ...entity.aliases])
      for (const demonym of frenchDemonymsOf(name)) add(demonym, target, false);
  }
  for (const topic of content.topics) {
    const target: NameTarget = { kind: "topic", topic };
    add(topic.title, target, true);
    for (const alias of topic.aliases) add(alias, target, false);
    add(topic.id.replaceAll("-", " "), target, false);
  }

  // Made once every name is in; the word lists are then emptied (the closures returned below
  // share this scope, so they would keep them).
  const frenchOnly: ReadonlySet<string> = new Set(
    frenchWords.filter((word) => !englishWords.has(word) && !isFrenchStopWord(word)),
  );
  englishWords.clear();
  frenchWords.length = 0;
  const wanted = (target: NameTarget, kinds?: readonly EntityKind[] | "topic") => {
    if (kinds === undefined) return true;
    if (kinds === "topic") return target.kind === "topic";
    return target.kind === "entity" && target.entity.kinds.some((k) => kinds.includes(k));
  };
  // The first usable entry naming an entity, else the first usable one. `firstRaw` is the
  // first word as typed, for names that match only as typed.
  const findKey = (
    key: string,
    firstRaw: string | undefined,
    kinds?: readonly EntityKind[] | "topic",
  ): NameTarget | undefined => {
    let first: NameTarget | undefined;
    for (const e of byKey.get(key) ?? []) {
      if (e.exactCase !== undefined && e.exactCase !== firstRaw) continue;
      if (!wanted(e.target, kinds)) continue;
      if (e.target.kind === "entity") return e.target;
      first ??= e.target;
    }
    return first;
  };
  const find = (tokens: readonly Token[], kinds?: readonly EntityKind[] | "topic") => {
    makeKeys(tokens[0]?.word);
    return findKey(tokens.map((t) => t.word).join(" "), tokens[0]?.raw, kinds);
  };

  return {
    lookup(text, kinds) {
      const tokens = typeof text === "string" ? tokenize(text).filter((t) => !t.joined) : text;
      if (tokens.length === 0) return undefined;
      // "the UN", "l'Inde", "de l'ONU": a leading article is not part of the name.
      let from = 0;
      let found = find(tokens, kinds);
      while (found === undefined && from < tokens.length - 1 && isArticle(tokens[from])) {
        from++;
        found = find(tokens.slice(from), kinds);
      }
      return found;
    },
    scan(words, only) {
      const kinds = only === "entity" ? ALL_ENTITY_KINDS : undefined;
      const matches: NameMatch[] = [];
      // Reused for every start: arrays per word scanned were most of a scan's garbage.
      const ends: number[] = [];
      const endKeys: string[] = [];
      for (let from = 0; from < words.length; ) {
        // The spans starting here that are names, found by extending word by word while the
        // span still begins some name (linear in the words, not in words × longest name).
        ends.length = 0;
        endKeys.length = 0;
        makeKeys(words[from]?.word);
        let key = "";
        for (let to = from + 1; to <= Math.min(words.length, from + longest); to++) {
          key = to === from + 1 ? (words[from]?.word ?? "") : `${key} ${words[to - 1]?.word}`;
          if (byKey.has(key)) {
            ends.push(to);
            endKeys.push(key);
          }
          if (!prefixes.has(key)) break;
        }
        let matched: NameMatch | undefined;
        for (let i = ends.length - 1; i >= 0 && !matched; i--) {
          const to = ends[i] ?? from;
          const target = findKey(endKeys[i] ?? "", words[from]?.raw, kinds);
          if (target) matched = { target, from, to };
        }
        if (matched) matches.push(matched);
        from = matched ? matched.to : from + 1;
      }
      return matches;
    },
    names: () => display,
    frenchOnlyWords: () => frenchOnly,
  };
}

/**
 * Articles that may lead a name as people write it: English "the", French "le", "la", "les",
 * "l'" and the "de"/"du"/"des"/"d'" of "partenaires de l'Inde" (tokenized without apostrophe).
 */
const LEADING_ARTICLES = new Set(["the", "le", "la", "les", "l", "de", "du", "des", "d"]);

function isArticle(token: Token | undefined): boolean {
  return token !== undefined && LEADING_ARTICLES.has(token.word);
}

/** `words` (folded) without the articles that lead them ("les cinq principes" → "cinq principes"). */
export function withoutLeadingArticles(words: readonly string[]): string[] {
  let from = 0;
  while (from < words.length - 1 && LEADING_ARTICLES.has(words[from] ?? "")) from++;
  return words.slice(from);
}
