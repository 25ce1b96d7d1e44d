/**
 * One terminal conversation: answers each line, remembering the last answer so `more` and
 * `previous` page through it. Shared by the console bot and `ct-bot ask` reading stdin.
 */

import type { Caller } from "../../src/commands/command.js";
import type { Bot } from "../../src/commands/create-bot.js";
import type { Reply } from "../../src/replies/reply.js";

const MORE = /^(more|next|n)$/iu;
const PREVIOUS = /^(previous|prev|back|p)$/iu;

/** Answers lines of a terminal conversation. */
export interface ConsoleSession {
  /** The reply to `line` (a command, a search, `more` or `previous`). */
  answer(line: string): Promise<Reply>;
}

/**
 * Creates a session for `caller` (the console or the `ask` command line).
 *
 * @example
 * const session = createConsoleSession(bot, { platform: "console" });
 * await session.answer("search terrorism"); await session.answer("more");
 */
export function createConsoleSession(bot: Bot, caller: Caller): ConsoleSession {
  let last: Reply | undefined;
  const page = async (step: 1 | -1): Promise<Reply> => {
    if (last === undefined) return notice("Nothing to page through yet", [firstAsk()]);
    const wanted = last.page.number + step;
    if (wanted < 1 || wanted > last.page.count) {
      const where = step > 0 ? "the last" : "the first";
      const pages = last.page.count === 1 ? "the only page" : `${where} page`;
      return notice(step > 0 ? "No more pages" : "No earlier page", [
        `That was ${pages} of “${last.invocation}”.`,
      ]);
    }
    last = await bot.ask(last.invocation, { caller, page: wanted });
    return last;
  };
  return {
    async answer(line) {
      const text = line.trim();
      if (MORE.test(text)) return page(1);
      if (PREVIOUS.test(text)) return page(-1);
      last = await bot.ask(text, { caller });
      return last;
    },
  };
}

function firstAsk(): string {
  return "Ask something first, e.g. search terrorism; then more shows the next page.";
}

/** A notice of ours: it does not replace the answer that `more` pages through. */
function notice(title: string, intro: string[]): Reply {
  return {
    kind: "notice",
    title,
    intro,
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation: "",
  };
}
