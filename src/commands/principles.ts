/**
 * `principles`: the five principles of France's counter-terrorism action, cited.
 */
import { itemsOf, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";

/** The topic whose passages are the principles. */
export const PRINCIPLES_TOPIC = "principles";

export const principlesCommand: CommandDefinition = {
  name: "principles",
  names: { fr: "principes" },
  description: "The five principles of France's counter-terrorism action",
  usage: "principles",
  options: [],
  examples: ["principles"],
  access: "everyone",
  lookup: true,
  run(_args, { content, t }) {
    const topic = content.topicById.get(PRINCIPLES_TOPIC);
    if (topic === undefined)
      return noticeAnswer(t("principles.none.title"), [t("principles.none.intro")]);
    const passages = topic.passageIds.flatMap((id) => content.passageById.get(id) ?? []);
    return passagesAnswer(
      t("principles.title", { five: passages.length === 5 ? "yes" : "no" }),
      itemsOf(
        content,
        passages.map((passage) => ({ passage })),
      ),
    );
  },
};
