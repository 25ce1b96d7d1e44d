/**
 * Replies built by hand, for renderer tests that need exact text.
 */
import type { Reply, ReplyItem } from "../../../src/replies/reply.js";

/** An item quoting `text` with `marks`. */
export function item(text: string, passageId = "p1", extra: Partial<ReplyItem> = {}): ReplyItem {
  return {
    passageId,
    text,
    citation: {
      sourceId: "src",
      title: "The principles of France’s counter-terrorism action",
      publisher: "Ministry",
      section: "Section A",
      date: "March 2013",
      passageId,
    },
    marks: [],
    ...extra,
  };
}

/** A one-page passages reply with `items`, overridable. */
export function reply(items: ReplyItem[], extra: Partial<Reply> = {}): Reply {
  return {
    kind: "passages",
    title: "Search results",
    intro: [],
    items,
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [{ type: "share" }],
    invocation: "search terrorism",
    ...extra,
  };
}
