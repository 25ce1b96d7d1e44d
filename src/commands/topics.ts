/**
 * `topics [name]`: the topics of the content, or the passages of one topic.
 */
import { echo } from "../input/clean-input.js";
import { itemsOf, listAnswer, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import { topicTextIn } from "../replies/text-in.js";
import { editDistance } from "../search/edit-distance.js";
import type { CommandDefinition } from "./command.js";

export const topicsCommand: CommandDefinition = {
  name: "topics",
  names: { fr: "sujets" },
  description: "The topics the document covers, or the passages of one topic",
  usage: "topics [name]",
  options: [
    {
      name: "name",
      names: { fr: "nom" },
      description: "A topic, e.g. capacity building",
      required: false,
      autocomplete: "topics",
      maxLength: 100,
    },
  ],
  examples: ["topics", "topics capacity building"],
  access: "everyone",
  lookup: true,
  run(args, context) {
    const { content, index, t, language } = context;
    if (args.name === undefined || args.name === "") {
      const entries = content.topics.map((topic) => {
        const { title, summary } = topicTextIn(topic, language);
        return {
          label: title,
          detail: t("topics.detail", { summary, count: topic.passageIds.length }),
          command: `topics ${topic.id}`,
        };
      });
      const first = content.topics[0];
      return listAnswer(
        t("topics.title"),
        entries,
        // By its title in the reader's language: `sujets Les cinq principes` in French.
        first
          ? [
              t("topics.openOne", {
                example: context.example(
                  `topics ${language === "en" ? first.id : topicTextIn(first, language).title}`,
                ),
              }),
            ]
          : [],
      );
    }
    const topic = index.findTopic(args.name);
    if (topic === undefined) {
      const near = content.topics
        .map((topic) => ({
          id: topic.id,
          title: topicTextIn(topic, language).title,
          distance: Math.min(
            ...[topic.title, topic.id, ...topic.aliases].map((n) =>
              editDistance(n, args.name ?? ""),
            ),
          ),
        }))
        .filter((topic) => topic.distance <= 3)
        .sort((a, b) => a.distance - b.distance)
        .map((topic) => ({ label: topic.title, command: `topics ${topic.id}` }));
      // A name the document uses but no topic groups: its passages are a search away.
      const entity = index.findEntity(args.name) ?? index.correctEntity(args.name);
      if (entity !== undefined)
        near.unshift({ label: entity.name, command: `search ${entity.name}` });
      return noticeAnswer(
        t("topics.none.title"),
        [
          t("topics.none.intro", { name: echo(args.name, t) }),
          t("help.seeAll", { example: context.example("topics") }),
        ],
        near.slice(0, 3),
      );
    }
    const passages = topic.passageIds.flatMap((id) => content.passageById.get(id) ?? []);
    const { title, summary } = topicTextIn(topic, language);
    return passagesAnswer(
      title,
      itemsOf(
        content,
        passages.map((passage) => ({ passage })),
      ),
      { intro: [summary] },
    );
  },
};
