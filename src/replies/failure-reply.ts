/**
 * Replies the adapters make when the core cannot answer: the apology for a failure on our
 * side (short, with a reference id that is also in the log, nothing about the failure
 * itself), and the notice for a button whose payload cannot be read.
 */
import { randomBytes } from "node:crypto";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator } from "../i18n/translator.js";
import { copyReply, type Reply } from "./reply.js";

/** `reply` marked as written in `language` (English replies carry no language field). */
function written(reply: Reply, language: Language): Reply {
  return language === DEFAULT_LANGUAGE ? reply : copyReply(reply, { language });
}

/** A one-page notice with no excerpt, in `language`, for `invocation`. */
function noticeReply(title: string, intro: string, invocation: string, language: Language): Reply {
  return written(
    {
      kind: "notice",
      title,
      intro: [intro],
      items: [],
      entries: [],
      suggestions: [],
      page: { number: 1, count: 1 },
      actions: [],
      invocation,
    },
    language,
  );
}

/** The apology reply for a failure logged under `reference`. */
export function failureReply(
  reference: string,
  invocation: string,
  language: Language = DEFAULT_LANGUAGE,
): Reply {
  const { t } = createTranslator(language);
  return written(
    {
      kind: "error",
      title: t("failure.title"),
      intro: [t("failure.intro", { reference })],
      items: [],
      entries: [],
      suggestions: [],
      page: { number: 1, count: 1 },
      actions: [],
      invocation,
      reference,
    },
    language,
  );
}

/** A short id tying the apology a person sees to the log line written with it. */
export function newReference(): string {
  return randomBytes(4).toString("hex");
}

/** The answer to a button whose payload ct-bot cannot read (another app's, or an old format). */
export function staleButtonReply(language: Language = DEFAULT_LANGUAGE): Reply {
  const { t } = createTranslator(language);
  return noticeReply(t("stale.title"), t("stale.intro"), "help", language);
}

/**
 * True when `reply` may be posted in the channel: the core offered a Share action for it
 * (see Answer.shareable). Decided when a share button is clicked, from the answer the command
 * gives the clicker now, never from the button.
 */
export function isShareable(reply: Reply): boolean {
  return reply.actions.some((action) => action.type === "share");
}

/** The private answer to a share click on an answer that may not be posted in the channel. */
export function notShareableReply(
  invocation: string,
  language: Language = DEFAULT_LANGUAGE,
): Reply {
  const { t } = createTranslator(language);
  return noticeReply(t("notShareable.title"), t("notShareable.intro"), invocation, language);
}
