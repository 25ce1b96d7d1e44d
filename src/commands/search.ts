/**
 * `search <query>`: passages matching a query, exact names first. Also what runs when the
 * text after /ct is not a command.
 */
import type { Translator } from "../i18n/translator.js";
import { echo } from "../input/clean-input.js";
import { itemsOf, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import type { Suggestion } from "../replies/reply.js";
import { topicTextIn } from "../replies/text-in.js";
import { EXACT_PREFIX } from "../search/parse-query.js";
import type { SearchOutcome, SearchScope } from "../search/search-index.js";
import type { CommandDefinition } from "./command.js";
import { entityNameIn } from "./lookup-entity.js";

/** Longest query searched; longer ones are cut at a word boundary. */
export const QUERY_MAX = 200;

export const searchCommand: CommandDefinition = {
  name: "search",
  names: { fr: "recherche" },
  description:
    'Search the sources: words, names, acronyms, "exact phrases"; start with = to search exactly as typed',
  usage: "search <query> [source:<id>]",
  options: [
    {
      name: "query",
      names: { fr: "requête" },
      description: 'What to look for, e.g. financing, ISIS, "human rights"',
      required: true,
      autocomplete: "search",
      maxLength: QUERY_MAX,
    },
    {
      name: "source",
      description: "Only this source (see sources), e.g. fr-mfa-ct-2013",
      required: false,
      autocomplete: "sources",
      keyed: true,
      maxLength: 64,
      placeholder: "id",
    },
  ],
  examples: [
    "search financing",
    "search ISIS",
    'search "human rights"',
    "search financing source:fr-mfa-ct-2013",
  ],
  access: "everyone",
  lookup: true,
  run(args, context) {
    const { content, index, t } = context;
    const query = args.query ?? "";
    const sourceId = args.source?.toLowerCase();
    if (sourceId !== undefined && !content.sourceById.has(sourceId))
      return noticeAnswer(
        t("source.none.title"),
        [
          t("search.noSource", {
            id: echo(sourceId, t),
            ids: content.sources.map((s) => s.id).join(", "),
          }),
          t("help.seeAll", { example: context.example("sources") }),
        ],
        content.sources.map((s) => ({ label: s.id, command: `search ${query} source:${s.id}` })),
      );
    // The reader's language only tips a close call: the query's own words decide.
    // The scope's keys set one by one: a spread that adds a key gives each object a hidden
    // class of its own (see src/search/search-index.ts, withHits).
    const scope: SearchScope = { language: context.language };
    if (sourceId !== undefined) scope.sourceId = sourceId;
    const outcome = index.search(query, scope);
    switch (outcome.kind) {
      case "empty":
        return noticeAnswer(t("search.empty.title"), [
          t("search.empty.intro", { example: context.example("search financing") }),
        ]);
      case "none":
        return noticeAnswer(
          t("search.none.title"),
          [
            t("search.none.intro", { query: echo(query, t) }),
            t("search.none.browse", { example: context.example("topics") }),
          ],
          outcome.suggestions.map((query) => ({ label: query, command: `search ${query}` })),
        );
      case "entity":
        return withCorrection(
          passagesAnswer(
            t("entity.about", { name: entityNameIn(outcome.entity, context.language) }),
            itemsOf(content, outcome.list),
            { intro: correctionIntro(query, outcome, t) },
          ),
          query,
          outcome,
        );
      case "topic": {
        const { title, summary } = topicTextIn(outcome.topic, context.language);
        return withCorrection(
          passagesAnswer(title, itemsOf(content, outcome.list), {
            intro: [...correctionIntro(query, outcome, t), summary],
          }),
          query,
          outcome,
        );
      }
      case "text": {
        const intro = [
          ...correctionIntro(query, outcome, t),
          ...(outcome.unmatched.length > 0
            ? [
                t("search.unmatched", {
                  words: outcome.unmatched.map((word) => echo(word, t)).join(", "),
                }),
              ]
            : []),
          ...(outcome.list.total > outcome.list.count
            ? [t("search.capped", { shown: outcome.list.count, total: outcome.list.total })]
            : []),
        ];
        return withCorrection(
          passagesAnswer(t("search.title"), itemsOf(content, outcome.list), {
            intro,
            openItems: true,
          }),
          query,
          outcome,
        );
      }
    }
  },
};

type Found = Extract<SearchOutcome, { hits: unknown }>;

/** "Showing results for “terrorism” (you typed “terorism”)." when a typo was corrected. */
function correctionIntro(query: string, outcome: Found, t: Translator["t"]): string[] {
  return outcome.corrected === undefined
    ? []
    : [t("search.corrected", { shown: echo(outcome.corrected, t), typed: echo(query.trim(), t) })];
}

/** Adds the way back to the query as typed: `search =terorism` searches it uncorrected. */
function withCorrection<A extends { suggestions: Suggestion[] }>(
  answer: A,
  query: string,
  outcome: Found,
): A {
  if (outcome.corrected === undefined) return answer;
  const original = query.trim();
  return {
    ...answer,
    suggestions: [{ label: original, command: `search ${EXACT_PREFIX}${original}` }],
  };
}
