/**
 * `passage <id>` (hidden): one passage in full. Backs the "open" button on search results.
 */
import { itemsOf, noticeAnswer, passagesAnswer } from "./answers.js";
import type { CommandDefinition } from "./command.js";

export const passageCommand: CommandDefinition = {
  name: "passage",
  description: "One passage in full, by id",
  usage: "passage <id>",
  options: [{ name: "id", description: "A passage id", required: true, maxLength: 64 }],
  examples: ["passage gctf"],
  access: "everyone",
  lookup: true,
  hidden: true,
  run(args, { content }) {
    const passage = content.passageById.get(args.id ?? "");
    if (passage === undefined)
      return noticeAnswer("Passage not found", ["That passage is no longer in the content."]);
    return passagesAnswer(passage.section, itemsOf(content, [{ passage }]));
  },
};
