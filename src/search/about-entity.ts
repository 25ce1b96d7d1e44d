/**
 * Which passages are ABOUT an entity (it is their subject) rather than mention it in passing,
 * so an entity's answer leads with its defining passage: `forums gctf` opens on the paragraph
 * about the Global Counter-Terrorism Forum, not on the list of partners that names it.
 */
import type { Content, Entity, EntityKind, Passage } from "../content/types.js";
import type { NameIndex } from "./name-index.js";
import { tokenize } from "./tokenize.js";

/**
 * A passage is about an entity when the content says so (`about` in entities.yaml), or when
 * the entity is named in the passage's section title, or when it is named in the first
 * sentence AND makes at least this share of the entity names the passage holds (at exactly
 * this share, only when it is named first).
 */
export const ABOUT_MIN_SHARE = 0.5;

const ENTITY_KINDS: readonly EntityKind[] = ["partner", "forum", "subject"];

/** Which passages are about which entity. */
export interface AboutOrder {
  /** An entity's passages: the ones about it first (most about first), then the rest. */
  order(entity: Entity): Passage[];
  /**
   * The ids of the passages about entity `entityId` (none for an unknown id): what a search
   * checks its thousands of matches against, without a look-up per match.
   */
  aboutPassages(entityId: string): ReadonlySet<string>;
}

/** An entity named in a passage: which one, and whether in its first sentence. */
interface Mention {
  id: string;
  inFirstSentence: boolean;
}

/**
 * The about-order of `content`'s entities, worked out for an entity when a search first asks
 * about it, then kept: each of its listed passages is tokenized and scanned for entity names
 * once (a passage listed by several entities is scanned once for all). Start-up does none of
 * it: scanning every passage made about 1.6 s of an 11 s start-up at 1000× content (issue 12,
 * `node --cpu-prof`), for entities most sessions never ask about. Which entities are part of
 * which is found for the entities those passages mention, not for all (at 1000× content, all
 * made the first query naming an entity take 390 ms). Mentions of a part count for
 * the whole: "UN Security Council" is a mention of the UN, as a name that begins with another
 * entity's name ("UN …", "United Nations …").
 *
 * @example
 * const about = createAboutOrder(content, names);
 * about.order(entity); // its passages, the ones about it first
 */
export function createAboutOrder(content: Content, names: NameIndex): AboutOrder {
  // Each made when first needed, then kept (bounded by the content): the entities an entity
  // is part of, the entity names of a section title and of a passage, each entity's scores
  // and its set of passages about it.
  const partOf = new Map<string, ReadonlySet<string>>();
  const sectionNames = new Map<string, readonly Mention[]>();
  const passageNames = new Map<string, readonly Mention[]>();
  const scoresById = new Map<string, ReadonlyMap<string, number>>();
  const aboutById = new Map<string, ReadonlySet<string>>();

  // Whether entity `partId` is part of entity `wholeId` (a mention of the part counts for it).
  const isPartOf = (partId: string, wholeId: string): boolean =>
    remembered(partOf, partId, () => {
      const part = content.entityById.get(partId);
      return part === undefined ? new Set<string>() : wholesOf(part, names);
    }).has(wholeId);
  const aboutScore = (entity: Entity, passage: Passage): number => {
    if (entity.aboutPassageIds?.includes(passage.id)) return 2;
    const isEntity = (id: string) => id === entity.id || isPartOf(id, entity.id);
    const section = remembered(sectionNames, passage.section, () =>
      mentionsIn(passage.section, names),
    );
    if (section.some((m) => isEntity(m.id))) return 1;
    const found = remembered(passageNames, passage.id, () => mentionsIn(passage.text, names));
    const own = found.filter((m) => isEntity(m.id));
    const share = found.length === 0 ? 0 : own.length / found.length;
    if (share < ABOUT_MIN_SHARE || !own.some((m) => m.inFirstSentence)) return 0;
    // At exactly half, the entity named first is the subject: "the Forum, which aims to
    // support … the UN Strategy" is about the Forum, not the UN.
    if (share === ABOUT_MIN_SHARE && !isEntity(found[0]?.id ?? "")) return 0;
    return share;
  };
  // Passage id → how much the passage is about the entity (0: a passing mention).
  const scoresOf = (entity: Entity): ReadonlyMap<string, number> =>
    remembered(scoresById, entity.id, () => {
      const scores = new Map<string, number>();
      for (const id of entity.passageIds) {
        const passage = content.passageById.get(id);
        if (passage && !scores.has(id)) scores.set(id, aboutScore(entity, passage));
      }
      return scores;
    });
  return {
    order(entity) {
      const scores = scoresOf(entity);
      const passages = entity.passageIds
        .flatMap((id) => content.passageById.get(id) ?? [])
        .sort((a, b) => a.order - b.order);
      // Stable: equally-about passages, and all the passing mentions, stay in reading order.
      return passages.sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
    },
    aboutPassages: (entityId) =>
      remembered(aboutById, entityId, () => {
        const entity = content.entityById.get(entityId);
        if (entity === undefined) return new Set<string>();
        const scores = scoresOf(entity);
        return new Set(entity.passageIds.filter((id) => (scores.get(id) ?? 0) > 0));
      }),
  };
}

/** `map`'s value for `key`, made by `make` and kept the first time it is asked for. */
function remembered<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The entities named in `text`, in reading order, and whether in its first sentence. */
function mentionsIn(text: string, names: NameIndex): Mention[] {
  const words = tokenize(text).filter((t) => !t.joined);
  const firstSentenceEnd = firstSentenceLength(text);
  return names.scan(words, "entity").map((match) => ({
    id: match.target.kind === "entity" ? match.target.entity.id : "",
    inFirstSentence: (words[match.from]?.start ?? Infinity) < firstSentenceEnd,
  }));
}

/**
 * The ids of the entities `entity` is part of: those whose name starts one of its names
 * ("UN" for "UN Security Council"). Empty for most entities.
 */
function wholesOf(entity: Entity, names: NameIndex): ReadonlySet<string> {
  const wholes = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    const words = tokenize(name).filter((t) => !t.joined);
    for (let length = words.length - 1; length > 0; length--) {
      const whole = names.lookup(words.slice(0, length), ENTITY_KINDS);
      if (whole?.kind !== "entity" || whole.entity.id === entity.id) continue;
      wholes.add(whole.entity.id);
      break;
    }
  }
  return wholes;
}

/** Characters up to the end of the first sentence (". " or the end of the text). */
function firstSentenceLength(text: string): number {
  const end = text.search(/[.!?;:](\s|$)/u);
  return end < 0 ? text.length : end;
}
