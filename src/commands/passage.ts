/**
 * `passage <id>` (hidden): one passage in full. Backs the "open" button on search results.
 */
import { itemsOf, passageGoneAnswer, passagesAnswer } from "../replies/answers.js";
import { type CommandDefinition, PASSAGE_ID_OPTION } from "./command.js";

export const passageCommand: CommandDefinition = {
  name: "passage",
  description: "One passage in full, by id",
  usage: "passage <id>",
  options: [PASSAGE_ID_OPTION],
  examples: ["passage gctf"],
  access: "everyone",
  lookup: true,
  hidden: true,
  run(args, { content, t }) {
    const passage = content.passageById.get(args.id ?? "");
    if (passage === undefined) return passageGoneAnswer(t);
    return passagesAnswer(passage.section, itemsOf(content, [{ passage }]));
  },
};
