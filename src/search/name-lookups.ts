/**
 * Look-ups by the names people use: entities by any alias, demonym or near-miss spelling,
 * topics by their own names or by the name of the entity they are about, and completions.
 */
import { foldForMatch } from "../content/fold-text.js";
import type { Content, Entity, EntityKind, Topic } from "../content/types.js";
import { editDistance } from "./edit-distance.js";
import type { Lexicon } from "./lexicon.js";
import { type NameIndex, type NameTarget, withoutLeadingArticles } from "./name-index.js";
import { allowedEdits, SEARCH_OPTIONS } from "./search-options.js";
import { tokenize } from "./tokenize.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * A topic stands for an entity when at least this share of their passages are the same
 * (Jaccard index): the G8 and "The G8's 25 recommendations" share 1 of 2.
 */
export const TOPIC_OF_ENTITY_MIN_OVERLAP = 0.5;

/** Look-ups by name; part of the search index. */
export interface NameLookups {
  /** The entity named `name` (any alias or demonym), optionally restricted to some kinds. */
  findEntity(name: string, kinds?: readonly EntityKind[]): Entity | undefined;
  /**
   * The entity `name` almost certainly means: one entity name within a typo's reach of it
   * ("Indai" → India), when `name` is not itself an English word. Undefined when unsure.
   */
  correctEntity(name: string, kinds?: readonly EntityKind[]): Entity | undefined;
  /**
   * The topic named `name` (id, title, French title or alias), or the topic of the entity
   * named `name`.
   */
  findTopic(name: string): Topic | undefined;
  /** Names close to a mistyped one, for "did you mean". */
  closestNames(name: string, kinds: readonly EntityKind[] | undefined, limit: number): string[];
  /** Completions for a half-typed query, for autocomplete. */
  suggest(partial: string, limit: number): string[];
}

/** Builds the name look-ups of the search index. */
export function createNameLookups(
  content: Content,
  names: NameIndex,
  vocabulary: Vocabulary,
  lexicon: Lexicon,
): NameLookups {
  const wordsOf = (name: string) =>
    tokenize(name)
      .filter((t) => !t.joined)
      .map((t) => t.word)
      .join(" ");
  const closest = (name: string, kinds: readonly EntityKind[] | undefined, edits: number) => {
    const wanted = wordsOf(name);
    if (wanted.length === 0 || edits === 0) return [];
    const found = names
      .names()
      .filter(
        ({ name: candidate, target }) =>
          target.kind === "entity" &&
          (kinds === undefined || target.entity.kinds.some((k) => kinds.includes(k))) &&
          // Lengths further apart than the allowed edits cannot be close: skip the work.
          Math.abs(candidate.length - wanted.length) <= edits,
      )
      .map(({ name: candidate, target }) => ({
        target,
        distance: editDistance(wanted, wordsOf(candidate)),
      }))
      .filter(({ distance }) => distance <= edits);
    found.sort(
      (a, b) =>
        a.distance - b.distance || displayName(a.target).localeCompare(displayName(b.target)),
    );
    return found;
  };
  // French titles are found by name (`sujets les cinq principes`) but are not search names:
  // there they would answer French questions with a topic before the passages.
  const titleKey = (title: string) => withoutLeadingArticles(wordsOf(title).split(" ")).join(" ");
  const byFrenchTitle = new Map(
    content.topics.flatMap((topic) =>
      topic.french === undefined ? [] : [[titleKey(topic.french.title), topic] as const],
    ),
  );
  const findEntity = (name: string, kinds?: readonly EntityKind[]) => {
    const target = names.lookup(name, kinds);
    return target?.kind === "entity" ? target.entity : undefined;
  };

  return {
    findEntity,

    correctEntity(name, kinds) {
      const wanted = wordsOf(name);
      if (wanted.length === 0 || wanted.split(" ").every((w) => lexicon.isEnglish(w)))
        return undefined;
      const found = closest(name, kinds, allowedEdits(wanted.length, SEARCH_OPTIONS.correction));
      const entities = new Set(
        found.map((f) => (f.target.kind === "entity" ? f.target.entity : undefined)),
      );
      // Sure only when every close name is one entity's.
      const [only] = entities;
      return entities.size === 1 ? only : undefined;
    },

    findTopic(name) {
      const target = names.lookup(name, "topic");
      if (target?.kind === "topic") return target.topic;
      const french = byFrenchTitle.get(titleKey(name));
      if (french !== undefined) return french;
      const entity = findEntity(name);
      return entity === undefined ? undefined : topicOf(entity, content.topics);
    },

    closestNames(name, kinds, limit) {
      const edits = Math.max(1, Math.floor(wordsOf(name).length / 3));
      const found = closest(name, kinds, edits).map((f) => displayName(f.target));
      return [...new Set(found)].slice(0, limit);
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
          !out.some((o) => foldForMatch(o) === foldForMatch(s))
        )
          out.push(s);
      };
      const folded = foldForMatch(partial);
      for (const { name } of names.names())
        if (folded.length > 0 && foldForMatch(name).startsWith(folded)) push(name);
      const startsAWord = (text: string) =>
        folded.length > 0 && tokenize(text).some((t) => t.word.startsWith(folded));
      for (const topic of content.topics) if (startsAWord(topic.title)) push(topic.title);
      if (last)
        for (const word of vocabulary.complete(last.word, limit))
          push(head ? `${head} ${word}` : word);
      if (last && out.length === 0 && !lexicon.isEnglish(last.word))
        for (const word of vocabulary.closest(last.word, limit))
          push(head ? `${head} ${word}` : word);
      return out;
    },
  };
}

/** The topic whose passages are most nearly the entity's, if they overlap enough. */
export function topicOf(entity: Entity, topics: readonly Topic[]): Topic | undefined {
  let best: { topic: Topic; overlap: number } | undefined;
  const own = new Set(entity.passageIds);
  for (const topic of topics) {
    const shared = topic.passageIds.filter((id) => own.has(id)).length;
    const overlap = shared / new Set([...topic.passageIds, ...entity.passageIds]).size;
    if (overlap >= TOPIC_OF_ENTITY_MIN_OVERLAP && (best === undefined || overlap > best.overlap))
      best = { topic, overlap };
  }
  return best?.topic;
}

function displayName(target: NameTarget): string {
  return target.kind === "entity" ? target.entity.name : target.topic.title;
}
