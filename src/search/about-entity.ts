/**
 * Which passages are ABOUT an entity (it is their subject) rather than mention it in passing,
 * so an entity's answer leads with its defining passage: `forums gctf` opens on the paragraph
 * about the Global Counter-Terrorism Forum, not on the list of partners that names it.
 */
import type { Content, Entity, EntityKind, Passage } from "../content/types.js";
import type { NameIndex, NameMatch } from "./name-index.js";
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
  /** True when passage `passageId` is about entity `entityId`. */
  isAbout(entityId: string, passageId: string): boolean;
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
  // Each remembered once found: the entities an entity is part of, the names a section holds.
  const partOf = new Map<string, ReadonlySet<string>>();
  const sectionNames = new Map<string, NameMatch[]>();
  const mentionsOf = new Map<string, readonly Mention[]>();
  const scoresById = new Map<string, ReadonlyMap<string, number>>();
  // Made for an entity when a search first needs it, then kept (one small set per entity).
  const aboutById = new Map<string, ReadonlySet<string>>();

  const namesIn = (text: string) =>
    names.scan(
      tokenize(text).filter((t) => !t.joined),
      "entity",
    );
  const mentions = (passage: Passage): readonly Mention[] => {
    let found = mentionsOf.get(passage.id);
    if (found === undefined) {
      const words = tokenize(passage.text).filter((t) => !t.joined);
      const firstSentenceEnd = firstSentenceLength(passage.text);
      found = names.scan(words, "entity").map(
        (match): Mention => ({
          id: match.target.kind === "entity" ? match.target.entity.id : "",
          inFirstSentence: (words[match.from]?.start ?? Infinity) < firstSentenceEnd,
        }),
      );
      mentionsOf.set(passage.id, found);
    }
    return found;
  };
  // Whether entity `partId` is part of entity `wholeId` (a mention of the part counts for it).
  const isPartOf = (partId: string, wholeId: string): boolean => {
    let wholes = partOf.get(partId);
    if (wholes === undefined) {
      const part = content.entityById.get(partId);
      wholes = part === undefined ? new Set() : wholesOf(part, names);
      partOf.set(partId, wholes);
    }
    return wholes.has(wholeId);
  };
  const aboutScore = (entity: Entity, passage: Passage): number => {
    if (entity.aboutPassageIds?.includes(passage.id)) return 2;
    let section = sectionNames.get(passage.section);
    if (section === undefined) {
      section = namesIn(passage.section);
      sectionNames.set(passage.section, section);
    }
    const isEntity = (id: string) => id === entity.id || isPartOf(id, entity.id);
    if (section.some((m) => m.target.kind === "entity" && isEntity(m.target.entity.id))) return 1;
    const found = mentions(passage);
    const own = found.filter((m) => isEntity(m.id));
    const share = found.length === 0 ? 0 : own.length / found.length;
    if (share < ABOUT_MIN_SHARE || !own.some((m) => m.inFirstSentence)) return 0;
    // At exactly half, the entity named first is the subject: "the Forum, which aims to
    // support … the UN Strategy" is about the Forum, not the UN.
    if (share === ABOUT_MIN_SHARE && !isEntity(found[0]?.id ?? "")) return 0;
    return share;
  };
  // Passage id → how much the passage is about the entity (0: a passing mention).
  const scoresOf = (entity: Entity): ReadonlyMap<string, number> => {
    let scores = scoresById.get(entity.id);
    if (scores === undefined) {
      const made = new Map<string, number>();
      for (const id of entity.passageIds) {
        const passage = content.passageById.get(id);
        if (passage && !made.has(id)) made.set(id, aboutScore(entity, passage));
      }
      scores = made;
      scoresById.set(entity.id, scores);
    }
    return scores;
  };
  const scoreOf = (entityId: string, passageId: string): number => {
    const entity = content.entityById.get(entityId);
    return entity === undefined ? 0 : (scoresOf(entity).get(passageId) ?? 0);
  };
  return {
    order(entity) {
      const scores = scoresOf(entity);
      const passages = entity.passageIds
        .flatMap((id) => content.passageById.get(id) ?? [])
        .sort((a, b) => a.order - b.order);
      // Stable: equally-about passages, and all the passing mentions, stay in reading order.
      return passages.sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
    },
    isAbout: (entityId, passageId) => scoreOf(entityId, passageId) > 0,
    aboutPassages(entityId) {
      let about = aboutById.get(entityId);
      if (about === undefined) {
        const entity = content.entityById.get(entityId);
        const scores = entity === undefined ? undefined : scoresOf(entity);
        about = new Set(entity?.passageIds.filter((id) => (scores?.get(id) ?? 0) > 0) ?? []);
        aboutById.set(entityId, about);
      }
      return about;
    },
  };
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
