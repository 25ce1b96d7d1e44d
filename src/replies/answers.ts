/**
 * A command's {@link Answer} (every item, before paging) and small builders for its common
 * shapes, so commands read as what they say. {@link toReply} turns an answer into the
 * {@link Reply} for one page: an answer is what a command found, a reply is what one message
 * shows of it.
 */
import type { Content, Passage } from "../content/types.js";
import type { Mark } from "../search/highlight.js";
import { passageItem } from "./cite.js";
import type { Reply, ReplyAction, ReplyEntry, ReplyItem, Suggestion } from "./reply.js";

/**
 * A command's answer before paging: every item, in order. Unlike a {@link Reply} it has no
 * page, invocation or reference yet; those are added by `toReply`.
 */
export type Answer = Omit<Reply, "page" | "invocation" | "reference"> & {
  /** Whether a "share in channel" button makes sense (not for errors or notices). */
  shareable: boolean;
};

/** Cited passages under a title. */
export function passagesAnswer(
  title: string,
  items: ReplyItem[],
  extra: { intro?: string[]; actions?: ReplyAction[] } = {},
): Answer {
  return {
    kind: "passages",
    title,
    intro: extra.intro ?? [],
    items,
    entries: [],
    suggestions: [],
    actions: extra.actions ?? [],
    shareable: items.length > 0,
  };
}

/** Items for `passages`, each quoted whole with its marks. */
export function itemsOf(
  content: Content,
  hits: ReadonlyArray<{ passage: Passage; marks?: Mark[] }>,
): ReplyItem[] {
  return hits.map((hit) => passageItem(content, hit.passage, hit.marks ?? []));
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
export function passageGoneAnswer(): Answer {
  return noticeAnswer("Passage not found", ["That passage is no longer in the content."]);
}
