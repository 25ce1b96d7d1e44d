/**
 * `search <query>`: passages matching a query, exact names first. Also what runs when the
 * text after /ct is not a command.
 */
import { echo } from "../input/clean-input.js";
import { itemsOf, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import type { ReplyAction } from "../replies/reply.js";
import type { CommandDefinition } from "./command.js";

/** Longest query searched; longer ones are cut at a word boundary. */
export const QUERY_MAX = 200;

export const searchCommand: CommandDefinition = {
  name: "search",
  description: 'Search the document: words, names, acronyms, "exact phrases"',
  usage: "search <query>",
  options: [
    {
      name: "query",
      description: 'What to look for, e.g. financing, ISIS, "human rights"',
      required: true,
      autocomplete: "search",
      maxLength: QUERY_MAX,
    },
  ],
  examples: ["search financing", "search ISIS", 'search "human rights"'],
  access: "everyone",
  lookup: true,
  run(args, context) {
    const { content, index } = context;
    const query = args.query ?? "";
    const outcome = index.search(query);
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
        return passagesAnswer(
          `What the document says about ${outcome.entity.name}`,
          itemsOf(content, outcome.hits),
        );
      case "topic":
        return passagesAnswer(outcome.topic.title, itemsOf(content, outcome.hits), {
          intro: [outcome.topic.summary],
        });
      case "text": {
        const intro =
          outcome.unmatched.length > 0
            ? [
                `No passage mentions ${outcome.unmatched.map(echo).join(", ")}; these match the rest of your search.`,
              ]
            : [];
        const actions: ReplyAction[] = outcome.hits.map((hit) => ({
          type: "open",
          passageId: hit.passage.id,
        }));
        return passagesAnswer("Search results", itemsOf(content, outcome.hits), { intro, actions });
      }
    }
  },
};
