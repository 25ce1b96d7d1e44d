/**
 * The card for one fact: our headline over the verbatim quote, with "More like this". Used by
 * `fact`, by `daily preview` and for the post a channel gets each day.
 */
import type { Content, Fact } from "../content/types.js";
import { type Answer, noticeAnswer, passagesAnswer } from "./answers.js";
import { factItem } from "./cite.js";
import type { Reply } from "./reply.js";
import { toReply } from "./to-reply.js";

/** The fact card as an answer titled `title`; a notice when the fact's passage is gone. */
export function factAnswer(content: Content, fact: Fact, title: string): Answer {
  const item = factItem(content, fact);
  if (item === undefined)
    return noticeAnswer("No fact", ["That fact's passage is missing from the content."]);
  const answer = passagesAnswer(title, [item], {
    actions: [{ type: "related", passageId: fact.passageId }],
  });
  return { ...answer, kind: "fact" };
}

/**
 * The card a channel gets each day: the same cited fact card as `/ct fact`, with
 * "More like this" and no share button (it is already public).
 */
export function factCard(content: Content, fact: Fact, title = "Fact of the day"): Reply {
  return toReply(
    { ...factAnswer(content, fact, title), shareable: false },
    `related ${fact.passageId}`,
    1,
  );
}
