/**
 * Turns a parsed query into minisearch OR-groups, one per query word or recognised name.
 * A passage's coverage is the number of groups it matches (see rank-results.ts).
 */
import type { Query } from "minisearch";
import type { NameMatch, NameTarget } from "./name-index.js";
import { termForms } from "./term-forms.js";
import type { Token } from "./tokenize.js";

/** Fields holding passage words; names live in `entities` and `topics`. */
export const TEXT_FIELDS = ["text", "section"];

/** One query word (or one recognised name) and the index terms that stand for it. */
export interface QueryGroup {
  /** The words as typed, to say "no passage mentions …". */
  label: string;
  /** Every leaf term of `query`, to tell which groups a result matched. */
  terms: string[];
  query: Query;
}

interface GroupPart {
  term: string;
  query: Query;
}

/**
 * Fuzzy matching only on longer words: a typo in "financing" is forgiven, but "Niger" must
 * not drift to "Nigeria" (two edits away).
 */
export function fuzzyDistance(word: string): number | false {
  if (word.length < 5) return false;
  return word.length < 9 ? 1 : 2;
}

/** The index term standing for an entity or topic, e.g. `entity:gctf`. */
export function nameTerm(target: NameTarget): string {
  return target.kind === "entity" ? `entity:${target.entity.id}` : `topic:${target.topic.id}`;
}

/**
 * Builds the groups for `words` (tokens without joined forms). A name found in the query
 * ("UN", "Group of Eight") becomes one group: its entity or topic term, or any of its words.
 * Any other word becomes its raw form or its stem; a word the text does not contain is also
 * matched fuzzily (when long enough) and, as the last word, as a prefix (half-typed). Stop words make no group.
 */
export function buildQueryGroups(
  words: readonly Token[],
  names: readonly NameMatch[],
  isCorpusWord: (word: string) => boolean,
): QueryGroup[] {
  const wordParts = (index: number): GroupPart[] => {
    const [raw, stem] = termForms(words[index]?.word ?? "");
    if (raw === undefined) return [];
    // A word of the text needs no typo tolerance (its stem covers other forms), and fuzzy
    // lookups are the costliest part of a search; an unknown word gets both.
    const known = isCorpusWord(raw);
    const prefix = index === words.length - 1 && !known;
    const parts: GroupPart[] = [
      {
        term: raw,
        query: {
          queries: [raw],
          fields: TEXT_FIELDS,
          fuzzy: known ? false : fuzzyDistance(raw),
          prefix,
        },
      },
    ];
    if (stem !== undefined)
      parts.push({ term: stem, query: { queries: [stem], fields: TEXT_FIELDS } });
    return parts;
  };
  const group = (from: number, to: number, extra: GroupPart[]): QueryGroup | undefined => {
    const parts = [...extra];
    for (let i = from; i < to; i++) parts.push(...wordParts(i));
    if (parts.length === 0) return undefined;
    const label = words
      .slice(from, to)
      .map((w) => w.raw)
      .join(" ");
    return {
      label,
      terms: parts.map((p) => p.term),
      query: { combineWith: "OR", queries: parts.map((p) => p.query) },
    };
  };

  const groups: QueryGroup[] = [];
  for (let index = 0; index < words.length; ) {
    const name = names.find((m) => m.from === index);
    const term = name ? nameTerm(name.target) : undefined;
    const extra: GroupPart[] =
      term === undefined
        ? []
        : [
            {
              term,
              query: {
                queries: [term],
                fields: [name?.target.kind === "entity" ? "entities" : "topics"],
              },
            },
          ];
    const to = name ? name.to : index + 1;
    const built = group(index, to, extra);
    if (built) groups.push(built);
    index = to;
  }
  return groups;
}
