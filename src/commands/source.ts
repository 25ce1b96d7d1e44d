/**
 * `source [id]`: one source with its date, rights and link. Without an id it shows the only
 * source, or lists them all when there are several (as `sources` does).
 */
import type { Content, Source } from "../content/types.js";
import { echo } from "../input/clean-input.js";
import { type Answer, listAnswer, noticeAnswer } from "../replies/answers.js";
import type { CommandContext, CommandDefinition } from "./command.js";
import { plural } from "./lookup-entity.js";
import { sourcesAnswer } from "./sources.js";

export const sourceCommand: CommandDefinition = {
  name: "source",
  description: "One source every answer may quote, with its date, rights and link",
  usage: "source [id]",
  options: [
    {
      name: "id",
      description: "The source's id (see sources)",
      required: false,
      autocomplete: "sources",
      maxLength: 64,
    },
  ],
  examples: ["source", "source fr-mfa-ct-2013"],
  access: "everyone",
  lookup: true,
  run(args, context) {
    const { content } = context;
    const wanted = args.id?.trim().toLowerCase();
    if (wanted === undefined || wanted === "") {
      const [only] = content.sources;
      return content.sources.length === 1 && only !== undefined
        ? sourceAnswer(content, only)
        : sourcesAnswer(context);
    }
    const source = content.sourceById.get(wanted);
    if (source !== undefined) return sourceAnswer(content, source);
    return unknownSource(wanted, context);
  },
};

/** One source: title, publisher and date, rights, how it is quoted, links. */
export function sourceAnswer(content: Content, source: Source): Answer {
  const passages = content.passages.filter((p) => p.sourceId === source.id).length;
  return listAnswer(
    "Source",
    [
      { label: source.title, detail: `${source.publisher}, ${source.dateLabel}` },
      { label: "Id", detail: source.id },
      { label: "Rights", detail: source.rights },
      {
        label: "Quoted as",
        detail: `${plural(passages, "passage")}, word for word; headlines and help are ours.`,
      },
      ...(source.pageUrl ? [{ label: "Read it here", detail: source.pageUrl }] : []),
      ...(source.url ? [{ label: "Original", detail: source.url }] : []),
    ],
    ["Every excerpt is quoted verbatim from its source, with its section and date."],
  );
}

/** The answer to an id no source has: what the ids are. */
function unknownSource(wanted: string, context: CommandContext): Answer {
  const { content } = context;
  return noticeAnswer(
    "No such source",
    [
      `No source has the id ${echo(wanted)}.`,
      `Sources: ${content.sources.map((s) => s.id).join(", ")}. See ${context.example("sources")}.`,
    ],
    content.sources.map((s) => ({ label: s.id, command: `source ${s.id}` })),
  );
}
