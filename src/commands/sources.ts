/**
 * `sources`: every source the bot quotes, newest first, with its publisher, date and
 * passage count.
 */
import { type Answer, listAnswer } from "../replies/answers.js";
import type { CommandContext, CommandDefinition } from "./command.js";

export const sourcesCommand: CommandDefinition = {
  name: "sources",
  names: { fr: "sources" },
  description: "Every source the bot quotes, with publisher, date and passage count",
  usage: "sources",
  options: [],
  examples: ["sources"],
  access: "everyone",
  lookup: true,
  run(_args, context) {
    return sourcesAnswer(context);
  },
};

/** The list of sources, newest first (ISO dates sort as text), each opening `source <id>`. */
export function sourcesAnswer(context: Pick<CommandContext, "content" | "example" | "t">): Answer {
  const { content, t } = context;
  const counts = new Map<string, number>();
  for (const p of content.passages) counts.set(p.sourceId, (counts.get(p.sourceId) ?? 0) + 1);
  const sources = [...content.sources].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  return listAnswer(
    t("sources.title"),
    sources.map((source) => ({
      label: source.title,
      detail: t("sources.detail", {
        publisher: source.publisher,
        date: source.dateLabel,
        count: counts.get(source.id) ?? 0,
        id: source.id,
      }),
      command: `source ${source.id}`,
    })),
    [
      t("sources.intro", {
        count: sources.length,
        example: context.example(`search financing source:${sources[0]?.id ?? "id"}`),
      }),
    ],
  );
}
