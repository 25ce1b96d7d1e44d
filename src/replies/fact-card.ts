/**
 * The card for one fact: our headline over the verbatim quote, with "More like this". Used by
 * `fact`, by `daily preview` and for the post a channel gets each day.
 */
import type { Content, Fact } from "../content/types.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { type Answer, noticeAnswer, passagesAnswer } from "./answers.js";
import { factItem } from "./cite.js";
import { copyReply, type Reply } from "./reply.js";
import { toReply } from "./to-reply.js";

/**
 * The fact card as an answer titled `title`, its headline in `language`; a notice when the
 * fact's passage is gone.
 */
export function factAnswer(
  content: Content,
  fact: Fact,
  title: string,
  t: Translator["t"] = createTranslator().t,
  language: Language = DEFAULT_LANGUAGE,
): Answer {
  const item = factItem(content, fact, language);
  if (item === undefined) return noticeAnswer(t("fact.missing.title"), [t("fact.missing.intro")]);
  const answer = passagesAnswer(title, [item], {
    actions: [{ type: "related", passageId: fact.passageId }],
  });
  answer.kind = "fact";
  return answer;
}

/**
 * The card a channel gets each day: the same cited fact card as `/ct fact`, with
 * "More like this" and no share button (it is already public).
 */
export function factCard(
  content: Content,
  fact: Fact,
  language: Language = DEFAULT_LANGUAGE,
): Reply {
  const { t } = createTranslator(language);
  const reply = toReply(
    notShareable(factAnswer(content, fact, t("fact.today"), t, language)),
    `related ${fact.passageId}`,
    1,
    language,
  );
  if (language === DEFAULT_LANGUAGE) return reply;
  return copyReply(reply, {
    language,
    intro: [...reply.intro, ...excerptNote(content, reply, language)],
  });
}

/**
 * "Extrait (en anglais) :" when `reply`'s excerpts are in another language than `language`;
 * "Un extrait est en anglais." when only some are; empty otherwise. Quotes are never translated, so a reply says when they are in another
 * language.
 */
export function excerptNote(content: Content, reply: Reply, language: Language): string[] {
  const translator = createTranslator(language);
  const foreign = reply.items.flatMap((item) => {
    const primary = content.sourceById.get(item.citation.sourceId)?.language?.split("-")[0];
    return primary === undefined || primary === language ? [] : [primary];
  });
  const others = [...new Set(foreign)];
  if (others.length === 0) return [];
  const named = translator.list(others.map(translator.languageName));
  // With sources in several languages, only some excerpts may be in another: say how many,
  // never label every excerpt with a language most of them are not in.
  return [
    foreign.length === reply.items.length
      ? translator.t("excerpt.language", { count: reply.items.length, language: named })
      : translator.t("excerpt.someLanguage", { count: foreign.length, language: named }),
  ];
}

/** `answer`, without the share button (a daily card is already public). */
function notShareable(answer: Answer): Answer {
  answer.shareable = false;
  return answer;
}
