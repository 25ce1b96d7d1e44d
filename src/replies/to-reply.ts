/**
 * Turns a command's answer into the reply for one page.
 */

import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator } from "../i18n/translator.js";
import type { Answer } from "./answers.js";
import { PAGE_ITEMS_MAX, pageWindow } from "./paginate.js";
import type { Reply, ReplyAction } from "./reply.js";

/**
 * Cuts `answer` to page `requested` (clamped to the pages there are) and adds paging and
 * sharing actions; item-specific actions are kept only for items on the page.
 */
export function toReply(
  answer: Answer,
  invocation: string,
  requested: number,
  language: Language = DEFAULT_LANGUAGE,
): Reply {
  const { t } = createTranslator(language);
  const all = answer.items;
  const { number, count, from, to } = Array.isArray(all)
    ? pageWindow(all.length, (i) => all[i]?.text.length ?? 0, requested)
    : pageWindow(
        all.count,
        (i) => all.textLength(i),
        requested,
        all.longestTexts?.(PAGE_ITEMS_MAX),
      );
  // Only the page shown is built: the cost of a reply does not grow with the pages after it.
  const items = Array.isArray(all) ? all.slice(from, to) : all.build(from, to);
  const onPage = new Set(items.map((i) => i.passageId));
  const actions: ReplyAction[] = answer.actions.filter((a) =>
    a.type === "open" || a.type === "related" ? onPage.has(a.passageId) : true,
  );
  if (answer.openItems === true)
    for (const item of items) actions.push({ type: "open", passageId: item.passageId });
  if (number > 1) actions.push({ type: "page", page: number - 1, label: t("page.previous") });
  if (number < count)
    actions.push({
      type: "page",
      page: number + 1,
      label: t("page.more", { next: number + 1, count }),
    });
  if (answer.shareable) actions.unshift({ type: "share" });
  const page = from > 0 ? { number, count, itemOffset: from } : { number, count };
  // Each field named (see copyReply): the answer's `shareable` and `openItems` stay behind.
  const reply: Reply = {
    kind: answer.kind,
    title: answer.title,
    intro: answer.intro,
    items,
    entries: answer.entries,
    suggestions: answer.suggestions,
    page,
    actions,
    invocation,
  };
  if (answer.language !== undefined) reply.language = answer.language;
  return reply;
}
