/**
 * The content model: what the loader produces from content/ and everything else reads.
 */

/** A source document: the text every passage and quote is checked against. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** ISO month or day, e.g. `2013-03`. */
  date: string;
  /** The date as the document prints it, e.g. `March 2013`. */
  dateLabel: string;
  rights: string;
  language: string;
  url?: string;
  /**
   * Where this bot serves the source as a page (`PUBLIC_URL/sources/<id>`), when PUBLIC_URL
   * is set; citations then link there (see app/http/source-pages.ts).
   */
  pageUrl?: string;
  /** The full text, as stored in the pack. */
  text: string;
}

/** A citable excerpt of a source, verbatim, in reading order. */
export interface Passage {
  id: string;
  sourceId: string;
  section: string;
  text: string;
  /**
   * The passage's own date as printed in its citation (e.g. `2014–2016`), when it differs
   * from its source's `dateLabel`; absent when the source's date applies.
   */
  dateLabel?: string;
  /** What supports {@link Passage.dateLabel}, shown with the citation. */
  dateNote?: string;
  /** Position in reading order across all sources (0-based). */
  order: number;
}

/** A group of passages people can ask for by name. */
export interface Topic {
  id: string;
  title: string;
  summary: string;
  /** Our French title and summary (topics.yaml `fr:`), when the content has them. */
  french?: { title: string; summary: string };
  aliases: string[];
  passageIds: string[];
}

/** Where an entity is listed: as a partner, as a forum, or only findable by search. */
export type EntityKind = "partner" | "forum" | "subject";

/** A partner, forum or other name the text mentions, with what people type for it. */
export interface Entity {
  id: string;
  name: string;
  kinds: EntityKind[];
  aliases: string[];
  /** Its French names (Nations unies, Inde), searched like aliases; never shown in English. */
  frenchNames: string[];
  passageIds: string[];
  /** Passages about this entity (its subject), when the content says so; else undefined. */
  aboutPassageIds?: string[];
}

/**
 * Words people use that the text says otherwise: "root causes" for "the tragedies on which
 * terrorism feeds", "Africa" for the Sahel, Niger and Mauritania.
 */
export interface Concept {
  id: string;
  kind: "concept" | "region";
  /** What people type. */
  names: string[];
  /** What the text says: the concept's phrases, or a region's places (nested regions resolved). */
  phrases: string[];
}

/**
 * A French term and the source's English words for it (glossary.yaml): a French query is
 * searched through these. `english[0]` is a word or phrase; the rest are single words.
 */
export interface GlossaryEntry {
  /** French terms as people write them, e.g. `droits de l'homme`. */
  french: string[];
  /** The source's words, e.g. `human rights`. */
  english: string[];
}

/** One cited fact for daily posts: our headline plus a verbatim quote from a passage. */
export interface Fact {
  id: string;
  headline: string;
  /** Our French headline (facts.yaml `fr:`), when the content has one. */
  frenchHeadline?: string;
  quote: string;
  passageId: string;
}

/** The validated content: every id referenced here exists. */
export interface Content {
  sources: Source[];
  passages: Passage[];
  topics: Topic[];
  entities: Entity[];
  facts: Fact[];
  /** Concepts and regions of every pack, merged by id. */
  concepts: Concept[];
  /** French → English glossary entries of every pack, in pack order. */
  glossary: GlossaryEntry[];
  sourceById: ReadonlyMap<string, Source>;
  passageById: ReadonlyMap<string, Passage>;
  topicById: ReadonlyMap<string, Topic>;
  entityById: ReadonlyMap<string, Entity>;
  factById: ReadonlyMap<string, Fact>;
}
