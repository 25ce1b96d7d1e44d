/**
 * Turns a command's answer into the reply for one page.
 */
import type { Answer } from "./answers.js";
import { paginate } from "./paginate.js";
import type { Reply, ReplyAction } from "./reply.js";

/**
 * Cuts `answer` to page `requested` (clamped to the pages there are) and adds paging and
 * sharing actions; item-specific actions are kept only for items on the page.
 */
export function toReply(answer: Answer, invocation: string, requested: number): Reply {
  const pages = paginate(answer.items);
  const count = Math.max(1, pages.length);
  const number = Math.min(Math.max(1, Math.trunc(requested) || 1), count);
  const items = pages[number - 1] ?? [];
  const onPage = new Set(items.map((i) => i.passageId));
  const actions: ReplyAction[] = answer.actions.filter((a) =>
    a.type === "open" || a.type === "related" ? onPage.has(a.passageId) : true,
  );
  if (number > 1) actions.push({ type: "page", page: number - 1, label: "Previous" });
  if (number < count)
    actions.push({ type: "page", page: number + 1, label: `More (${number + 1}/${count})` });
  if (answer.shareable) actions.unshift({ type: "share" });
  const { shareable: _shareable, ...rest } = answer;
  const itemOffset = pages.slice(0, number - 1).reduce((sum, page) => sum + page.length, 0);
  const page = itemOffset > 0 ? { number, count, itemOffset } : { number, count };
  return { ...rest, items, actions, page, invocation };
}
