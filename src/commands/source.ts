/**
 * `source`: what the content is quoted from, with its date and rights notice.
 */
import { listAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";
import { plural } from "./lookup-entity.js";

export const sourceCommand: CommandDefinition = {
  name: "source",
  description: "The document every answer quotes, with its date and rights",
  usage: "source",
  options: [],
  examples: ["source"],
  access: "everyone",
  lookup: true,
  run(_args, { content }) {
    const entries = content.sources.flatMap((source) => {
      const passages = content.passages.filter((p) => p.sourceId === source.id).length;
      return [
        { label: source.title, detail: `${source.publisher}, ${source.dateLabel}` },
        { label: "Rights", detail: source.rights },
        {
          label: "Quoted as",
          detail: `${plural(passages, "passage")}, word for word; headlines and help are ours.`,
        },
        ...(source.url ? [{ label: "Link", detail: source.url }] : []),
      ];
    });
    const title = content.sources.length === 1 ? "Source" : "Sources";
    return listAnswer(title, entries, [
      "Every excerpt is quoted verbatim from this source, with its section and date.",
    ]);
  },
};
