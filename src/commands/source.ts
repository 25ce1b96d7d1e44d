/**
 * `source [id]`: one source with its date, rights and link. Without an id it shows the only
 * source, or lists them all when there are several (as `sources` does).
 */
import type { Content, Source } from "../content/types.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { echo } from "../input/clean-input.js";
import { type Answer, listAnswer, noticeAnswer } from "../replies/answers.js";
import type { CommandContext, CommandDefinition } from "./command.js";
import { sourcesAnswer } from "./sources.js";

export const sourceCommand: CommandDefinition = {
  name: "source",
  names: { fr: "source" },
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
        ? sourceAnswer(content, only, context.t)
        : sourcesAnswer(context);
    }
    const source = content.sourceById.get(wanted);
    if (source !== undefined) return sourceAnswer(content, source, context.t);
    return unknownSource(wanted, context);
  },
};

/** One source: title, publisher and date, rights, how it is quoted, links. */
export function sourceAnswer(
  content: Content,
  source: Source,
  t: Translator["t"] = createTranslator().t,
): Answer {
  const passages = content.passages.filter((p) => p.sourceId === source.id).length;
  return listAnswer(
    t("source.title"),
    [
      { label: source.title, detail: `${source.publisher}, ${source.dateLabel}` },
      { label: t("source.id"), detail: source.id },
      { label: t("source.rights"), detail: source.rights },
      { label: t("source.quotedAs"), detail: t("source.quotedAsDetail", { count: passages }) },
      ...(source.pageUrl ? [{ label: t("source.readHere"), detail: source.pageUrl }] : []),
      ...(source.url ? [{ label: t("source.original"), detail: source.url }] : []),
      // Said rather than left out: help promises a link, and an analyst looks for one.
      ...(source.pageUrl || source.url
        ? []
        : [{ label: t("source.link"), detail: t("source.noLink") }]),
    ],
    [t("source.intro")],
  );
}

/** The answer to an id no source has: what the ids are. */
function unknownSource(wanted: string, context: CommandContext): Answer {
  const { content, t } = context;
  return noticeAnswer(
    t("source.none.title"),
    [
      t("source.none.intro", { id: echo(wanted, t) }),
      t("source.none.list", {
        ids: content.sources.map((s) => s.id).join(", "),
        example: context.example("sources"),
      }),
    ],
    content.sources.map((s) => ({ label: s.id, command: `source ${s.id}` })),
  );
}
