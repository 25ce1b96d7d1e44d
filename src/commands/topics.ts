/**
 * `topics [name]`: the topics of the content, or the passages of one topic.
 */
import { echo } from "../input/clean-input.js";
import { itemsOf, listAnswer, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import { editDistance } from "../search/edit-distance.js";
import type { CommandDefinition } from "./command.js";
import { plural } from "./lookup-entity.js";

export const topicsCommand: CommandDefinition = {
  name: "topics",
  description: "The topics the document covers, or the passages of one topic",
  usage: "topics [name]",
  options: [
    {
      name: "name",
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
    const { content, index } = context;
    if (args.name === undefined || args.name === "") {
      const entries = content.topics.map((t) => ({
        label: t.title,
        detail: `${t.summary} (${plural(t.passageIds.length, "passage")})`,
        command: `topics ${t.id}`,
      }));
      const first = content.topics[0];
      return listAnswer(
        "Topics",
        entries,
        first ? [`Open one: ${context.example(`topics ${first.id}`)}`] : [],
      );
    }
    const topic = index.findTopic(args.name);
    if (topic === undefined) {
      const near = content.topics
        .map((t) => ({
          id: t.id,
          title: t.title,
          distance: Math.min(
            ...[t.title, t.id, ...t.aliases].map((n) => editDistance(n, args.name ?? "")),
          ),
        }))
        .filter((t) => t.distance <= 3)
        .sort((a, b) => a.distance - b.distance)
        .map((t) => ({ label: t.title, command: `topics ${t.id}` }));
      // A name the document uses but no topic groups: its passages are a search away.
      const entity = index.findEntity(args.name) ?? index.correctEntity(args.name);
      if (entity !== undefined)
        near.unshift({ label: entity.name, command: `search ${entity.name}` });
      return noticeAnswer(
        "No such topic",
        [
          `No topic is called ${echo(args.name)}.`,
          `See them all with ${context.example("topics")}.`,
        ],
        near.slice(0, 3),
      );
    }
    const passages = topic.passageIds.flatMap((id) => content.passageById.get(id) ?? []);
    return passagesAnswer(
      topic.title,
      itemsOf(
        content,
        passages.map((passage) => ({ passage })),
      ),
      { intro: [topic.summary] },
    );
  },
};
