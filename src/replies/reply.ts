/**
 * The platform-neutral reply model. The core answers every command with a {@link Reply};
 * adapters render it (Block Kit, embeds, terminal text) and never invent content.
 *
 * Every string here is plain text: renderers escape it for their markup. Item `text` is a
 * verbatim excerpt of the source; titles, intros and entry details are ours.
 */

import type { Language } from "../i18n/language.js";
import type { Mark } from "../search/highlight.js";

export type { Mark } from "../search/highlight.js";

/** Where an excerpt comes from. */
export interface Citation {
  sourceId: string;
  /** Title of the source document. */
  title: string;
  publisher: string;
  section: string;
  /**
   * The date of the quoted text: the passage's own when content gives it one (a later
   * addition to the page), else the document's as it prints it, e.g. "March 2013".
   */
  date: string;
  /** Why the passage's date differs from the document's; absent when it does not. */
  dateNote?: string;
  passageId: string;
  /**
   * Where to read the passage in context: its source page (`PUBLIC_URL/sources/<pack-id>#<passage-id>`)
   * when PUBLIC_URL is set, else the source's original address when it has one; absent otherwise.
   */
  url?: string;
}

/** One cited excerpt. */
export interface ReplyItem {
  passageId: string;
  /** The verbatim excerpt, without markup. */
  text: string;
  citation: Citation;
  /** Ranges of `text` to emphasise (matched terms), sorted, not overlapping. */
  marks: Mark[];
  /**
   * A short window `[start, end)` of `text` around the first mark, cut at word boundaries,
   * for compact views; absent when `text` is short enough to show whole.
   */
  snippet?: { start: number; end: number };
  /** Our headline, for facts. Never part of the quote. */
  headline?: string;
}

/** One row of a list reply (help, topics, partners): ours, not quoted. */
export interface ReplyEntry {
  label: string;
  detail: string;
  /** A command that opens this entry, e.g. `partners India`. */
  command?: string;
}

/** A "did you mean" candidate: what to show, and the command that would find something. */
export interface Suggestion {
  label: string;
  command: string;
}

/** Something the user can do next; adapters turn these into buttons. */
export type ReplyAction =
  /** Post this page publicly in the channel. */
  | { type: "share" }
  /** Show page `page` (1-based) of the same answer. */
  | { type: "page"; page: number; label: string }
  /** Show one passage in full. */
  | { type: "open"; passageId: string }
  /** Passages related to this one ("More like this"). */
  | { type: "related"; passageId: string };

/** What kind of answer this is; renderers may lay kinds out differently. */
export type ReplyKind = "passages" | "fact" | "list" | "notice" | "error";

/** A complete answer to one command, one page of it. */
export interface Reply {
  kind: ReplyKind;
  title: string;
  /** Sentences before the items: context, notes about the query. */
  intro: string[];
  /** The cited excerpts of this page, in order. */
  items: ReplyItem[];
  /** List rows, for list replies. */
  entries: ReplyEntry[];
  /** "Did you mean" candidates. */
  suggestions: Suggestion[];
  /**
   * 1-based page number and page count; `itemOffset` counts the items on earlier pages, so
   * page 2 can number its items on from page 1 (absent means 0).
   */
  page: { number: number; count: number; itemOffset?: number };
  actions: ReplyAction[];
  /** The command text that produced this reply, e.g. `partners India`: rerunning it gives the same answer. */
  invocation: string;
  /** For error replies: the reference id also written to the log. */
  reference?: string;
  /**
   * The language the reply's own words are in (titles, intros, buttons); absent means English.
   * Excerpts keep their source's language; when it differs, the intro's last line says so.
   */
  language?: Language;
}

/**
 * A copy of `reply` with `changes` applied (an optional field, `reference` or `language`, set
 * to `undefined` in `changes` is left out of the copy).
 *
 * Every field is named in one literal, never `{ ...reply, language }`: on Node 20 (V8 11) an
 * object spread that adds a key gives each copy a hidden class of its own in old space, and
 * that kept every reply's objects alive through young collections, slowing every collection.
 */
export function copyReply(
  reply: Reply,
  changes: { [K in keyof Reply]?: Reply[K] | undefined } = {},
): Reply {
  const copy: Reply = {
    kind: changes.kind ?? reply.kind,
    title: changes.title ?? reply.title,
    intro: changes.intro ?? reply.intro,
    items: changes.items ?? reply.items,
    entries: changes.entries ?? reply.entries,
    suggestions: changes.suggestions ?? reply.suggestions,
    page: changes.page ?? reply.page,
    actions: changes.actions ?? reply.actions,
    invocation: changes.invocation ?? reply.invocation,
  };
  const reference = "reference" in changes ? changes.reference : reply.reference;
  if (reference !== undefined) copy.reference = reference;
  const language = "language" in changes ? changes.language : reply.language;
  if (language !== undefined) copy.language = language;
  return copy;
}
