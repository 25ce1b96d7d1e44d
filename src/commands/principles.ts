/**
 * `principles`: the five principles of France's counter-terrorism action, cited.
 */
import { itemsOf, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";

/** The topic whose passages are the principles. */
export const PRINCIPLES_TOPIC = "principles";

export const principlesCommand: CommandDefinition = {
  name: "principles",
  description: "The five principles of France's counter-terrorism action",
  usage: "principles",
  options: [],
  examples: ["principles"],
  access: "everyone",
  lookup: true,
  run(_args, { content }) {
    const topic = content.topicById.get(PRINCIPLES_TOPIC);
    if (topic === undefined)
      return noticeAnswer("No principles", ["The loaded content has no principles topic."]);
    const passages = topic.passageIds.flatMap((id) => content.passageById.get(id) ?? []);
    return passagesAnswer(
      `The ${passages.length === 5 ? "five " : ""}principles of France’s counter-terrorism action`,
      itemsOf(
        content,
        passages.map((passage) => ({ passage })),
      ),
    );
  },
};
