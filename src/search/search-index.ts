/**
 * The search index over passages: exact names first, then ranked full text, with marks and
 * "did you mean" suggestions. Built once at start-up from the content.
 */

import MiniSearch from "minisearch";
import { mentions } from "../content/find-phrase.js";
import type { Content, Entity, EntityKind, Passage, Topic } from "../content/types.js";
import { isProtectedWord } from "../input/mentions.js";
import { editDistance } from "./edit-distance.js";
import { type Mark, markText, wordTerms } from "./highlight.js";
import { createNameIndex, markableNames, type NameTarget } from "./name-index.js";
import { parseQuery } from "./parse-query.js";
import { buildQueryGroups } from "./query-groups.js";
import { rankCandidates } from "./rank-results.js";
import { termForms } from "./term-forms.js";
import { tokenize } from "./tokenize.js";
import { createVocabulary } from "./vocabulary.js";

/** A passage found by a search, with the ranges of its text to mark. */
export interface SearchHit {
  passage: Passage;
  marks: Mark[];
}

/** What a search found. `unmatched` holds query words no passage contains (as typed). */
export type SearchOutcome =
  | { kind: "entity"; entity: Entity; hits: SearchHit[] }
  | { kind: "topic"; topic: Topic; hits: SearchHit[] }
  | { kind: "text"; hits: SearchHit[]; unmatched: string[] }
  /** `suggestions` are corrected queries, closest first. */
  | { kind: "none"; suggestions: string[]; unmatched: string[] }
  | { kind: "empty" };

/** The search index. */
export interface SearchIndex {
  /** Searches passages. */
  search(query: string): SearchOutcome;
  /** The passages that mention `entity`, in reading order, its names marked. */
  aboutEntity(entity: Entity): SearchHit[];
  /** The entity named `name` (any alias), optionally restricted to some kinds. */
  findEntity(name: string, kinds?: readonly EntityKind[]): Entity | undefined;
  /** The topic named `name` (id, title or alias). */
  findTopic(name: string): Topic | undefined;
  /** Names close to a mistyped one, for "did you mean". */
  closestNames(name: string, kinds: readonly EntityKind[] | undefined, limit: number): string[];
  /** Completions for a half-typed query, for autocomplete. */
  suggest(partial: string, limit: number): string[];
}

/** Fields of an indexed passage; `entities` and `topics` hold `entity:<id>` / `topic:<id>` terms. */
interface PassageDocument {
  id: string;
  text: string;
  section: string;
  entities: string;
  topics: string;
}

const NAME_FIELDS = new Set(["entities", "topics"]);
const FIELD_BOOST = { text: 1, section: 0.3, entities: 1.5, topics: 1 };

/**
 * Builds the index over `content`.
 *
 * @example
 * const index = createSearchIndex(content);
 * index.search("GCTF"); // { kind: "entity", entity: { id: "gctf", … }, hits: […] }
 */
export function createSearchIndex(content: Content): SearchIndex {
  const names = createNameIndex(content);
  const vocabulary = createVocabulary(content);
  const mini = new MiniSearch<PassageDocument>({
    fields: ["text", "section", "entities", "topics"],
    tokenize: (text, field) =>
      field !== undefined && NAME_FIELDS.has(field)
        ? text.split(" ").filter(Boolean)
        : tokenize(text).map((t) => t.word),
    processTerm: (term, field) => {
      if (field !== undefined && NAME_FIELDS.has(field)) return term;
      const forms = termForms(term);
      return forms.length > 0 ? forms : null;
    },
    // Queries arrive already split into terms (see buildQuery).
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: FIELD_BOOST },
  });
  mini.addAll(
    content.passages.map((p) => ({
      id: p.id,
      text: p.text,
      section: p.section,
      entities: content.entities
        .filter((e) => e.passageIds.includes(p.id))
        .map((e) => `entity:${e.id}`)
        .join(" "),
      topics: content.topics
        .filter((t) => t.passageIds.includes(p.id))
        .map((t) => `topic:${t.id}`)
        .join(" "),
    })),
  );

  const wordsOf = new Map(content.passages.map((p) => [p.id, wordTerms(p.text)]));
  const passagesOf = (ids: readonly string[]) =>
    ids.flatMap((id) => content.passageById.get(id) ?? []).sort((a, b) => a.order - b.order);

  const entityHits = (entity: Entity): SearchHit[] =>
    passagesOf(entity.passageIds).map((passage) => ({
      passage,
      marks: markText(passage.text, { terms: new Set(), phrases: markableNames(entity) }),
    }));

  return {
    search(query) {
      const parsed = parseQuery(query);
      if (parsed.phrases.length === 0) {
        const exact = names.lookup(parsed.words);
        if (exact?.kind === "entity")
          return { kind: "entity", entity: exact.entity, hits: entityHits(exact.entity) };
        if (exact?.kind === "topic") {
          const hits = passagesOf(exact.topic.passageIds).map((passage) => ({
            passage,
            marks: [],
          }));
          return { kind: "topic", topic: exact.topic, hits };
        }
      }

      const groups = buildQueryGroups(parsed.words, names.scan(parsed.words), (word) =>
        vocabulary.has(word),
      );
      if (groups.length === 0) return { kind: "empty" };
      const results = mini.search({ combineWith: "OR", queries: groups.map((g) => g.query) });
      const withPhrases = results.filter((r) => {
        const passage = content.passageById.get(String(r.id));
        return (
          passage !== undefined && parsed.phrases.every((phrase) => mentions(passage.text, phrase))
        );
      });

      const matchedTerms = new Set(withPhrases.flatMap((r) => r.queryTerms));
      const unmatched = groups
        .filter((g) => !g.terms.some((t) => matchedTerms.has(t)))
        .map((g) => g.label);
      const ranked = rankCandidates(
        withPhrases.map((r) => {
          const terms = new Set(r.queryTerms);
          return {
            id: String(r.id),
            score: r.score,
            covered: groups.filter((g) => g.terms.some((t) => terms.has(t))).length,
          };
        }),
        groups.length,
      );
      if (ranked.length === 0) {
        const suggestions = unmatched
          // A mention, channel or link is someone's name or address: never "corrected".
          .filter((word) => !isProtectedWord(query, word))
          .flatMap((word) =>
            vocabulary
              .closest(word.toLowerCase(), 3)
              .map((better) => replaceWord(query, word, better)),
          )
          .filter((s, i, all) => all.indexOf(s) === i)
          .slice(0, 3);
        return { kind: "none", suggestions, unmatched };
      }

      const byId = new Map(withPhrases.map((r) => [String(r.id), r]));
      const hits = ranked.flatMap(({ id }) => {
        const passage = content.passageById.get(id);
        const result = byId.get(id);
        if (passage === undefined || result === undefined) return [];
        const entityNames = result.terms
          .filter((t) => t.startsWith("entity:"))
          .flatMap((t) => {
            const entity = content.entityById.get(t.slice("entity:".length));
            return entity ? markableNames(entity) : [];
          });
        const marks = markText(
          passage.text,
          { terms: new Set(result.terms), phrases: [...parsed.phrases, ...entityNames] },
          wordsOf.get(id),
        );
        return [{ passage, marks }];
      });
      return { kind: "text", hits, unmatched };
    },

    aboutEntity: entityHits,

    findEntity(name, kinds) {
      const target = names.lookup(name, kinds);
      return target?.kind === "entity" ? target.entity : undefined;
    },

    findTopic(name) {
      const target = names.lookup(name, "topic");
      return target?.kind === "topic" ? target.topic : undefined;
    },

    closestNames(name, kinds, limit) {
      const wanted = tokenize(name)
        .filter((t) => !t.joined)
        .map((t) => t.word)
        .join(" ");
      if (wanted.length === 0) return [];
      const allowed = Math.max(1, Math.floor(wanted.length / 3));
      const candidates = names
        .names()
        .filter(
          ({ name: candidate, target }) =>
            target.kind === "entity" &&
            (kinds === undefined || target.entity.kinds.some((k) => kinds.includes(k))) &&
            // Lengths further apart than the allowed edits cannot be close: skip the work.
            Math.abs(candidate.length - wanted.length) <= allowed,
        )
        .map(({ name: candidate, target }) => ({
          candidate: displayName(target),
          distance: editDistance(wanted, candidate),
        }))
        .filter(({ distance }) => distance <= allowed);
      candidates.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
      return [...new Set(candidates.map((c) => c.candidate))].slice(0, limit);
    },

    suggest(partial, limit) {
      const typed = tokenize(partial).filter((t) => !t.joined);
      const last = typed.at(-1);
      const head = last === undefined ? partial.trim() : partial.slice(0, last.start).trimEnd();
      const out: string[] = [];
      const push = (s: string) => {
        if (
          out.length < limit &&
          s.length > 0 &&
          !out.some((o) => o.toLowerCase() === s.toLowerCase())
        )
          out.push(s);
      };
      const folded = partial.trim().toLowerCase();
      for (const { name } of names.names())
        if (folded.length > 0 && name.toLowerCase().startsWith(folded)) push(name);
      const startsAWord = (text: string) =>
        folded.length > 0 && tokenize(text).some((t) => t.word.startsWith(folded));
      for (const topic of content.topics) if (startsAWord(topic.title)) push(topic.title);
      if (last)
        for (const word of vocabulary.complete(last.word, limit))
          push(head ? `${head} ${word}` : word);
      if (last && out.length === 0)
        for (const word of vocabulary.closest(last.word, limit))
          push(head ? `${head} ${word}` : word);
      return out;
    },
  };
}

function displayName(target: NameTarget): string {
  return target.kind === "entity" ? target.entity.name : target.topic.title;
}

/** `query` with its first whole-word `word` replaced by `better`; quotes and all else kept. */
function replaceWord(query: string, word: string, better: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return query.replace(
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u"),
    () => better,
  );
}
