/**
 * A command's {@link Answer} (every item, before paging) and small builders for its common
 * shapes, so commands read as what they say. {@link toReply} turns an answer into the
 * {@link Reply} for one page: an answer is what a command found, a reply is what one message
 * shows of it.
 */
import type { Content, Passage } from "../content/types.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import type { Mark } from "../search/highlight.js";
import type { HitList } from "../search/hit-list.js";
import { passageItem } from "./cite.js";
import type { Reply, ReplyAction, ReplyEntry, ReplyItem, Suggestion } from "./reply.js";

/**
 * Items built only for the page shown (issue 12, goal 3): how many there are, each one's text
 * length (what paging measures, in UTF-16 code units, as `text.length`), and a builder for a
 * range. `build(from, to)` returns items `from` (inclusive) to `to` (exclusive).
 */
export interface LazyItems {
  readonly count: number;
  textLength(index: number): number;
  build(from: number, to: number): ReplyItem[];
  /**
   * The summed text length of the `n` longest items, whatever their order: lets paging find a
   * page without reading every item's length in order (see pageWindow).
   */
  longestTexts?(n: number): number;
}

/**
 * A command's answer before paging: every item, in order, either built or {@link LazyItems}.
 * Unlike a {@link Reply} it has no page, invocation or reference yet; those are added by
 * `toReply`.
 */
export type Answer = Omit<Reply, "page" | "invocation" | "reference" | "items"> & {
  items: ReplyItem[] | LazyItems;
  /** Whether a "share in channel" button makes sense (not for errors or notices). */
  shareable: boolean;
  /**
   * Each item on the page shown gets an "open" action, after `actions` (made for the page
   * only, rather than one per item of every page).
   */
  openItems?: boolean;
};

/** How many items `items` holds, built or not. */
export function itemCount(items: Answer["items"]): number {
  return Array.isArray(items) ? items.length : (items as LazyItems).count;
}

/** Cited passages under a title. */
export function passagesAnswer(
  title: string,
  items: ReplyItem[] | LazyItems,
  extra: { intro?: string[]; actions?: ReplyAction[]; openItems?: boolean } = {},
): Answer {
  const answer: Answer = {
    kind: "passages",
    title,
    intro: extra.intro ?? [],
    items,
    entries: [],
    suggestions: [],
    actions: extra.actions ?? [],
    shareable: itemCount(items) > 0,
  };
  // Set, not spread in: see copyReply (reply.ts).
  if (extra.openItems === true) answer.openItems = true;
  return answer;
}

/**
 * Items for `passages`, each quoted whole with its marks, built only for the page shown: a
 * hit's marks are read (and so computed, see SearchHit) only when its item is built. A
 * search's {@link HitList} is ranked only as far as the page shown.
 */
export function itemsOf(
  content: Content,
  hits: ReadonlyArray<{ passage: Passage; marks?: Mark[] }> | HitList,
): LazyItems {
  if (!isHitList(hits))
    return {
      count: hits.length,
      textLength: (index) => hits[index]?.passage.text.length ?? 0,
      build: (from, to) =>
        hits.slice(from, to).map((hit) => passageItem(content, hit.passage, hit.marks ?? [])),
    };
  return {
    count: hits.count,
    textLength: (index) => hits.textLength(index),
    build: (from, to) =>
      hits.slice(from, to).map((hit) => passageItem(content, hit.passage, hit.marks)),
    longestTexts: (n) => hits.longestTexts(n),
  };
}

function isHitList(
  hits: ReadonlyArray<{ passage: Passage; marks?: Mark[] }> | HitList,
): hits is HitList {
  return !Array.isArray(hits);
}

/** A list of entries (help, topics, partners). */
export function listAnswer(title: string, entries: ReplyEntry[], intro: string[] = []): Answer {
  return {
    kind: "list",
    title,
    intro,
    items: [],
    entries,
    suggestions: [],
    actions: [],
    shareable: entries.length > 0,
  };
}

/** A short message with no excerpt: nothing found, not available, bad input. */
export function noticeAnswer(
  title: string,
  intro: string[],
  suggestions: Suggestion[] = [],
): Answer {
  return {
    kind: "notice",
    title,
    intro,
    items: [],
    entries: [],
    suggestions,
    actions: [],
    shareable: false,
  };
}

/** The notice for a passage id that is no longer in the content (an old button). */
export function passageGoneAnswer(t: Translator["t"] = createTranslator().t): Answer {
  return noticeAnswer(t("passage.gone.title"), [t("passage.gone.intro")]);
}
