/**
 * Renders a {@link Reply} as a complete Discord message body: embeds, buttons, visibility and
 * the mentions it may notify. The same body answers an interaction, edits a deferred reply or
 * posts to a channel, so daily posts reuse it as it is.
 */
import {
  type APIAllowedMentions,
  type APIInteractionResponseCallbackData,
  MessageFlags,
} from "discord.js";
import { DEFAULT_LANGUAGE, type Language } from "../../../src/i18n/language.js";
import { createTranslator } from "../../../src/i18n/translator.js";
import { clipText } from "../../../src/replies/clip-text.js";
import type { Reply } from "../../../src/replies/reply.js";
import { renderButtons } from "./buttons.js";
import { renderEmbeds } from "./embeds.js";
import { CONTENT_MAX } from "./limits.js";

/** How to send a reply. */
export interface MessageOptions {
  /** Ephemeral messages are seen by the person who asked only. */
  visibility: "ephemeral" | "public";
  /** Text above the embeds, already in Discord markup (e.g. a `<@id>` mention). */
  content?: string;
  /** The only users the message may notify; nobody at all when absent. */
  notify?: readonly string[];
}

/** A message body, the part of every send the Discord API shares. */
export type MessageBody = APIInteractionResponseCallbackData;

/**
 * The message for `reply`. Always carries `allowed_mentions`, so a mention, a role or
 * `@everyone` typed into a query or quoted back never notifies anyone but `notify`.
 *
 * @example
 * renderMessage(reply, { visibility: "public", content: sharedBy(userId) })
 */
export function renderMessage(reply: Reply, options: MessageOptions): MessageBody {
  const body: MessageBody = {
    embeds: renderEmbeds(reply),
    components: renderButtons(reply, { visibility: options.visibility }),
    allowed_mentions: allowedMentions(options.notify),
  };
  if (options.content !== undefined) body.content = clipText(options.content, CONTENT_MAX);
  if (options.visibility === "ephemeral") body.flags = MessageFlags.Ephemeral;
  return body;
}

/** Mentions a message may notify: nothing parsed from the text, only the users named. */
export function allowedMentions(notify: readonly string[] = []): APIAllowedMentions {
  return notify.length > 0 ? { parse: [], users: [...notify] } : { parse: [] };
}

/** The line over an answer someone posted publicly ("Post to channel"). */
export function sharedBy(userId: string, language: Language = DEFAULT_LANGUAGE): string {
  return createTranslator(language).t("reply.sharedBy", { user: `<@${userId}>` });
}

/** The line over an answer pointed at someone (the `mention` option). */
export function suggestedFor(userId: string, language: Language = DEFAULT_LANGUAGE): string {
  return createTranslator(language).t("reply.suggestedFor", { user: `<@${userId}>` });
}
