/**
 * Which passages are ABOUT an entity (it is their subject) rather than mention it in passing,
 * so an entity's answer leads with its defining passage: `forums gctf` opens on the paragraph
 * about the Global Counter-Terrorism Forum, not on the list of partners that names it.
 */
import type { Content, Entity, EntityKind, Passage } from "../content/types.js";
import type { NameIndex } from "./name-index.js";
import { type Token, tokenize } from "./tokenize.js";

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

/** Collects which entities each passage names while the index build reads it, then orders. */
export interface AboutOrderBuilder {
  /** Notes the entity names in `passage`, given its tokens (as tokenize gives them). */
  addPassage(passage: Passage, tokens: readonly Token[]): void;
  /** The order over the passages added (the others count as naming no entity). */
  build(): AboutOrder;
}

/**
 * Starts the about-order of `content`'s entities. The index build hands it each passage's
 * tokens as it reads the passage, so a passage is tokenized once for the whole build and its
 * tokens are dropped after its step. Mentions of a part count for the whole: "UN Security
 * Council" is a mention of the UN, as a name that begins with another entity's name ("UN …",
 * "United Nations …").
 *
 * @example
 * const builder = createAboutOrderBuilder(content, names);
 * for (const passage of content.passages) builder.addPassage(passage, tokenize(passage.text));
 * builder.build().order(entity); // its passages, the ones about it first
 */
export function createAboutOrderBuilder(content: Content, names: NameIndex): AboutOrderBuilder {
  const mentions = new Map<string, Mention[]>();
  // Only a passage some entity lists is ever weighed (see aboutOrderOf): the others need no scan.
  const listed = new Set(content.entities.flatMap((entity) => entity.passageIds));
  return {
    addPassage(passage, tokens) {
      if (!listed.has(passage.id)) return;
      const words = tokens.filter((t) => !t.joined);
      const firstSentenceEnd = firstSentenceLength(passage.text);
      const found = names.scan(words, "entity").map(
        (match): Mention => ({
          id: match.target.kind === "entity" ? match.target.entity.id : "",
          inFirstSentence: (words[match.from]?.start ?? Infinity) < firstSentenceEnd,
        }),
      );
      mentions.set(passage.id, found);
    },
    build: () => aboutOrderOf(content, names, mentions),
  };
}

/** The order, from each passage's entity mentions in reading order. */
function aboutOrderOf(
  content: Content,
  names: NameIndex,
  mentions: ReadonlyMap<string, readonly Mention[]>,
): AboutOrder {
  const partOf = partsByWhole(content, names);
  // Many passages share a section: scan each title once.
  const sectionNames = new Map(
    [...new Set(content.passages.map((p) => p.section))].map((section) => [
      section,
      names.scan(
        tokenize(section).filter((t) => !t.joined),
        "entity",
      ),
    ]),
  );
  const aboutScore = (entity: Entity, passage: Passage): number => {
    if (entity.aboutPassageIds?.includes(passage.id)) return 2;
    const section = sectionNames.get(passage.section) ?? [];
    const isEntity = (id: string) => id === entity.id || (partOf.get(id)?.has(entity.id) ?? false);
    if (section.some((m) => m.target.kind === "entity" && isEntity(m.target.entity.id))) return 1;
    const found = mentions.get(passage.id) ?? [];
    const own = found.filter((m) => isEntity(m.id));
    const share = found.length === 0 ? 0 : own.length / found.length;
    if (share < ABOUT_MIN_SHARE || !own.some((m) => m.inFirstSentence)) return 0;
    // At exactly half, the entity named first is the subject: "the Forum, which aims to
    // support … the UN Strategy" is about the Forum, not the UN.
    if (share === ABOUT_MIN_SHARE && !isEntity(found[0]?.id ?? "")) return 0;
    return share;
  };

  const scores = new Map(
    content.entities.flatMap((entity) =>
      entity.passageIds.flatMap((id) => {
        const passage = content.passageById.get(id);
        return passage ? [[`${entity.id} ${id}`, aboutScore(entity, passage)] as const] : [];
      }),
    ),
  );
  const scoreOf = (entityId: string, passageId: string) =>
    scores.get(`${entityId} ${passageId}`) ?? 0;
  // Made for an entity when a search first needs it, then kept (one small set per entity).
  const aboutById = new Map<string, ReadonlySet<string>>();
  return {
    order(entity) {
      const passages = entity.passageIds
        .flatMap((id) => content.passageById.get(id) ?? [])
        .sort((a, b) => a.order - b.order);
      // Stable: equally-about passages, and all the passing mentions, stay in reading order.
      return passages.sort((a, b) => scoreOf(entity.id, b.id) - scoreOf(entity.id, a.id));
    },
    isAbout: (entityId, passageId) => scoreOf(entityId, passageId) > 0,
    aboutPassages(entityId) {
      let about = aboutById.get(entityId);
      if (about === undefined) {
        const entity = content.entityById.get(entityId);
        about = new Set(entity?.passageIds.filter((id) => scoreOf(entityId, id) > 0) ?? []);
        aboutById.set(entityId, about);
      }
      return about;
    },
  };
}

/** Entity id → ids of the entities it is part of (their name starts its own name). */
function partsByWhole(content: Content, names: NameIndex): Map<string, Set<string>> {
  const wholes = new Map<string, Set<string>>();
  for (const entity of content.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const words = tokenize(name).filter((t) => !t.joined);
      for (let length = words.length - 1; length > 0; length--) {
        const whole = names.lookup(words.slice(0, length), ENTITY_KINDS);
        if (whole?.kind !== "entity" || whole.entity.id === entity.id) continue;
        const set = wholes.get(entity.id) ?? new Set<string>();
        set.add(whole.entity.id);
        wholes.set(entity.id, set);
        break;
      }
    }
  }
  return wholes;
}

/** Characters up to the end of the first sentence (". " or the end of the text). */
function firstSentenceLength(text: string): number {
  const end = text.search(/[.!?;:](\s|$)/u);
  return end < 0 ? text.length : end;
}
