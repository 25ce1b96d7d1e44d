/**
 * `sources`: every source the bot quotes, newest first, with its publisher, date and
 * passage count.
 */
import type { Content } from "../content/types.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { type Answer, listAnswer } from "../replies/answers.js";
import { isStopWord } from "../search/stop-words.js";
import { tokenize } from "../search/tokenize.js";
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
export function sourcesAnswer(
  context: Pick<CommandContext, "content" | "example" | "t" | "language">,
): Answer {
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
        example: context.example(
          `search ${sources[0] ? exampleWord(content, sources[0].id, context.language) : "financing"} source:${sources[0]?.id ?? "id"}`,
        ),
      }),
    ],
  );
}

const exampleWords = new WeakMap<Content, Map<string, string>>();

/**
 * A word to show in "search one with …" that finds something in source `sourceId`: the word
 * most of its passages contain (not a stop word, five letters or more; ties alphabetical), in
 * French the glossary's French term for it when there is one. Computed once per content and
 * source. "financing" when the source has no passages.
 */
function exampleWord(content: Content, sourceId: string, language: Language): string {
  let bySource = exampleWords.get(content);
  if (bySource === undefined) {
    bySource = new Map();
    exampleWords.set(content, bySource);
  }
  let word = bySource.get(sourceId);
  if (word === undefined) {
    const passagesWith = new Map<string, number>();
    for (const passage of content.passages) {
      if (passage.sourceId !== sourceId) continue;
      const words = new Set(
        tokenize(passage.text)
          .filter((t) => !t.joined && t.word.length >= 5 && !/\d/u.test(t.word))
          .map((t) => t.word)
          .filter((w) => !isStopWord(w)),
      );
      for (const w of words) passagesWith.set(w, (passagesWith.get(w) ?? 0) + 1);
    }
    word =
      [...passagesWith].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ??
      "financing";
    bySource.set(sourceId, word);
  }
  if (language === DEFAULT_LANGUAGE) return word;
  const term = content.glossary.find((entry) => entry.english.includes(word));
  return term?.french[0] ?? word;
}
