/**
 * `search <query>`: passages matching a query, exact names first. Also what runs when the
 * text after /ct is not a command.
 */
import { echo } from "../input/clean-input.js";
import { itemsOf, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import type { ReplyAction, Suggestion } from "../replies/reply.js";
import { EXACT_PREFIX } from "../search/parse-query.js";
import type { SearchOutcome } from "../search/search-index.js";
import type { CommandDefinition } from "./command.js";

/** Longest query searched; longer ones are cut at a word boundary. */
export const QUERY_MAX = 200;

export const searchCommand: CommandDefinition = {
  name: "search",
  description:
    'Search the sources: words, names, acronyms, "exact phrases"; start with = to search exactly as typed',
  usage: "search <query> [source:<id>]",
  options: [
    {
      name: "query",
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
    const { content, index } = context;
    const query = args.query ?? "";
    const sourceId = args.source?.toLowerCase();
    if (sourceId !== undefined && !content.sourceById.has(sourceId))
      return noticeAnswer(
        "No such source",
        [
          `No source has the id ${echo(sourceId)}. Sources: ${content.sources.map((s) => s.id).join(", ")}.`,
          `See them all with ${context.example("sources")}.`,
        ],
        content.sources.map((s) => ({ label: s.id, command: `search ${query} source:${s.id}` })),
      );
    const outcome = index.search(query, sourceId === undefined ? {} : { sourceId });
    switch (outcome.kind) {
      case "empty":
        return noticeAnswer("Nothing to search for", [
          `Type a few words to search, for example ${context.example("search financing")}.`,
        ]);
      case "none":
        return noticeAnswer(
          "No matches",
          [
            `Nothing in the document matches ${echo(query)}.`,
            `Browse instead: ${context.example("topics")}.`,
          ],
          outcome.suggestions.map((query) => ({ label: query, command: `search ${query}` })),
        );
      case "entity":
        return withCorrection(
          passagesAnswer(
            `What the document says about ${outcome.entity.name}`,
            itemsOf(content, outcome.hits),
            { intro: correctionIntro(query, outcome) },
          ),
          query,
          outcome,
        );
      case "topic":
        return withCorrection(
          passagesAnswer(outcome.topic.title, itemsOf(content, outcome.hits), {
            intro: [...correctionIntro(query, outcome), outcome.topic.summary],
          }),
          query,
          outcome,
        );
      case "text": {
        const intro = [
          ...correctionIntro(query, outcome),
          ...(outcome.unmatched.length > 0
            ? [
                `No passage mentions ${outcome.unmatched.map(echo).join(", ")}; these match the rest of your search.`,
              ]
            : []),
        ];
        const actions: ReplyAction[] = outcome.hits.map((hit) => ({
          type: "open",
          passageId: hit.passage.id,
        }));
        return withCorrection(
          passagesAnswer("Search results", itemsOf(content, outcome.hits), { intro, actions }),
          query,
          outcome,
        );
      }
    }
  },
};

type Found = Extract<SearchOutcome, { hits: unknown }>;

/** "Showing results for “terrorism” (you typed “terorism”)." when a typo was corrected. */
function correctionIntro(query: string, outcome: Found): string[] {
  return outcome.corrected === undefined
    ? []
    : [`Showing results for ${echo(outcome.corrected)} (you typed ${echo(query.trim())}).`];
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
