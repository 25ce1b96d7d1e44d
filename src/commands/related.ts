/**
 * `related <passage id>` (hidden): passages sharing topics and names with one passage.
 * Backs the "More like this" button on facts.
 */
import { itemsOf, noticeAnswer, passageGoneAnswer, passagesAnswer } from "../replies/answers.js";
import { type CommandDefinition, PASSAGE_ID_OPTION } from "./command.js";

/** Related passages shown at most. */
export const RELATED_MAX = 5;

export const relatedCommand: CommandDefinition = {
  name: "related",
  description: "Passages related to one passage",
  usage: "related <id>",
  options: [PASSAGE_ID_OPTION],
  examples: ["related gctf"],
  access: "everyone",
  lookup: true,
  hidden: true,
  run(args, { content, t }) {
    const passage = content.passageById.get(args.id ?? "");
    if (passage === undefined) return passageGoneAnswer(t);
    const groups = [...content.topics, ...content.entities].filter((g) =>
      g.passageIds.includes(passage.id),
    );
    const shared = new Map<string, number>();
    for (const group of groups) {
      for (const id of group.passageIds)
        if (id !== passage.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const related = [...shared]
      .flatMap(([id, count]) => {
        const other = content.passageById.get(id);
        return other ? [{ passage: other, count }] : [];
      })
      .sort((a, b) => b.count - a.count || a.passage.order - b.passage.order)
      .slice(0, RELATED_MAX)
      .sort((a, b) => a.passage.order - b.passage.order);
    if (related.length === 0)
      return noticeAnswer(t("related.none.title"), [t("related.none.intro")]);
    return passagesAnswer(t("related.title"), itemsOf(content, related), {
      intro: [t("related.intro", { section: passage.section })],
    });
  },
};
