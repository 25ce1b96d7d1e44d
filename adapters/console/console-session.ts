/**
 * One terminal conversation: answers each line, remembering the last answer so `more` and
 * `previous` page through it. Shared by the console bot and `ct-bot ask` reading stdin.
 */

import type { Caller } from "../../src/commands/command.js";
import type { Bot } from "../../src/commands/create-bot.js";
import { localText } from "../../src/commands/format-example.js";
import { DEFAULT_LANGUAGE, type Language } from "../../src/i18n/language.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { Reply } from "../../src/replies/reply.js";

const MORE = /^(more|next|n|plus|suite|suivant)$/iu;
const PREVIOUS = /^(previous|prev|back|p|précédent|precedent|retour)$/iu;

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
  // Paging re-asks the last invocation (English command names): in the last answer's language.
  const language = (): Language => caller.language ?? last?.language ?? DEFAULT_LANGUAGE;
  const page = async (step: 1 | -1): Promise<Reply> => {
    const { t } = createTranslator(language());
    if (last === undefined)
      return notice(t("console.nothingToPage"), [t("console.askFirst")], language());
    const wanted = last.page.number + step;
    if (wanted < 1 || wanted > last.page.count) {
      const which = last.page.count === 1 ? "only" : step > 0 ? "last" : "first";
      return notice(
        step > 0 ? t("console.noMorePages") : t("console.noEarlierPage"),
        [
          t("console.thatWas", {
            which,
            invocation: localText(last.invocation, bot.commands, language()),
          }),
        ],
        language(),
      );
    }
    const asked = last.language === undefined ? caller : { ...caller, language: last.language };
    last = await bot.ask(last.invocation, { caller: asked, page: wanted });
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

/** A notice of ours: it does not replace the answer that `more` pages through. */
function notice(title: string, intro: string[], language: Language): Reply {
  const reply: Reply = {
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
  return language === DEFAULT_LANGUAGE ? reply : { ...reply, language };
}
