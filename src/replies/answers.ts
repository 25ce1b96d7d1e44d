/**
 * Small builders for the common shapes of answer, so commands read as what they say.
 */

import type { Answer } from "../commands/command.js";
import type { Content, Passage } from "../content/types.js";
import type { Mark } from "../search/highlight.js";
import { passageItem } from "./cite.js";
import type { ReplyAction, ReplyEntry, ReplyItem, Suggestion } from "./reply.js";

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

/** The option of the hidden commands that take a passage id (buttons fill it in). */
export const PASSAGE_ID_OPTION = {
  name: "id",
  description: "A passage id",
  required: true,
  maxLength: 64,
} as const;

/** The notice for a passage id that is no longer in the content (an old button). */
export function passageGoneAnswer(): Answer {
  return noticeAnswer("Passage not found", ["That passage is no longer in the content."]);
}
