/**
 * The one interaction handler both transports share: a raw interaction in, a planned Discord
 * interaction response out. It never touches the network; the gateway POSTs what it returns
 * to the callback endpoint, the HTTP endpoint writes it as the response body.
 */
import {
  type APIApplicationCommandOptionChoice,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from "discord.js";
import type { AskOptions, Bot } from "../../../src/commands/create-bot.js";
import { findCommand } from "../../../src/commands/registry.js";
import type { DailyAccess } from "../../../src/daily/port.js";
import type { Language } from "../../../src/i18n/language.js";
import { graphemePrefix } from "../../../src/input/graphemes.js";
import { decodeAction } from "../../../src/replies/action-payload.js";
import { clipText } from "../../../src/replies/clip-text.js";
import {
  isShareable,
  notShareableReply,
  staleButtonReply,
} from "../../../src/replies/failure-reply.js";
import type { Reply } from "../../../src/replies/reply.js";
import { CHOICE_TEXT_MAX, CHOICES_MAX } from "../render/limits.js";
import { type MessageOptions, renderMessage, sharedBy, suggestedFor } from "../render/message.js";
import { callerOf, commandRequestOf, focusedOptionOf, userIdOf } from "./read-interaction.js";

/**
 * How to answer one interaction. `deferral` is what to send at once if `answer` is slow: it is
 * fixed before the answer exists because a deferred reply's visibility cannot change later.
 */
export interface PlannedResponse {
  /** Absent for interactions that cannot be deferred (PING, autocomplete). */
  deferral?: APIInteractionResponse;
  answer(): Promise<APIInteractionResponse>;
}

/** Builds the `/ct daily` checks for an interaction; absent where daily posts are off. */
export type DailyAccessFor = (interaction: APIInteraction) => DailyAccess;

// Buttons that open something new (a passage, related passages) answer in a new message;
// paging and "did you mean" replace the message they are on.
const OPENS_NEW_MESSAGE = /^(passage|related)\s/u;

/**
 * Plans the response to `interaction`. Throws only on a malformed interaction.
 *
 * @example
 * const planned = planResponse(interaction, bot, daily.accessFor);
 * await send(await planned.answer());
 */
export function planResponse(
  interaction: APIInteraction,
  bot: Bot,
  dailyAccessFor?: DailyAccessFor,
): PlannedResponse {
  // Built per interaction but lazy: only `daily` asks it anything.
  const dailyAccess = dailyAccessFor?.(interaction);
  const caller = callerOf(interaction);
  const ask: AskOptions = {
    caller,
    ...(dailyAccess === undefined ? {} : { dailyAccess }),
  };
  const stale = () => staleButtonReply(caller.language);
  switch (interaction.type) {
    case InteractionType.Ping:
      return immediate({ type: InteractionResponseType.Pong });
    case InteractionType.ApplicationCommand:
      return planCommand(interaction, bot, ask, caller.language);
    case InteractionType.ApplicationCommandAutocomplete:
      return immediate({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: choicesFor(interaction.data.options, bot, caller.language) },
      });
    case InteractionType.MessageComponent:
      return planButton(interaction, bot, ask, caller.language);
    default:
      return immediate(message(stale(), { visibility: "ephemeral" }));
  }
}

function planCommand(
  interaction: APIInteraction,
  bot: Bot,
  ask: AskOptions,
  language: Language | undefined,
): PlannedResponse {
  const data = interaction.data as { options?: unknown } | undefined;
  const { command, args, mentionUserId } = commandRequestOf(data?.options);
  const options: MessageOptions = mentionUserId
    ? {
        visibility: "public",
        content: suggestedFor(mentionUserId, language),
        notify: [mentionUserId],
      }
    : { visibility: "ephemeral" };
  return {
    // A slow answer (`daily on` waits for the store and a channel post) is deferred after
    // DEFER_AFTER_MS like any other, then edited in.
    deferral: deferred(options),
    async answer() {
      return message(await bot.run({ command, args }, ask), options);
    },
  };
}

function planButton(
  interaction: APIMessageComponentInteraction,
  bot: Bot,
  options: AskOptions,
  language: Language | undefined,
): PlannedResponse {
  const request = decodeAction(interaction.data.custom_id);
  if (request === undefined)
    return immediate(message(staleButtonReply(language), { visibility: "ephemeral" }));
  const ask = (): Promise<Reply> => bot.ask(request.invocation, { ...options, page: request.page });
  if (request.verb === "share") {
    const options: MessageOptions = {
      visibility: "public",
      content: sharedBy(userIdOf(interaction), language),
    };
    // Whether it may be shared is decided now, from the answer the clicker gets, never from
    // the button; a slow answer defers privately so a refusal never shows in the channel.
    return {
      deferral: deferred({ visibility: "ephemeral" }),
      answer: async () => {
        const reply = await ask();
        return isShareable(reply)
          ? message(reply, options)
          : message(notShareableReply(reply.invocation, reply.language), {
              visibility: "ephemeral",
            });
      },
    };
  }
  const onEphemeral = ((interaction.message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  // A click on a public message must not change it for everyone: answer the clicker privately.
  if (!onEphemeral || OPENS_NEW_MESSAGE.test(request.invocation)) {
    const options: MessageOptions = { visibility: "ephemeral" };
    return { deferral: deferred(options), answer: async () => message(await ask(), options) };
  }
  return {
    deferral: { type: InteractionResponseType.DeferredMessageUpdate },
    async answer() {
      const { flags: _unchanged, ...data } = renderMessage(await ask(), {
        visibility: "ephemeral",
      });
      return { type: InteractionResponseType.UpdateMessage, data };
    },
  };
}

/** Autocomplete choices within Discord's limits: 1–100 characters, at most 25. */
function choicesFor(
  options: unknown,
  bot: Bot,
  language: Language | undefined,
): APIApplicationCommandOptionChoice[] {
  const focused = focusedOptionOf(options);
  if (focused === undefined) return [];
  const definition = findCommand(focused.command, bot.commands);
  const source = definition?.options.find((o) => o.name === focused.option)?.autocomplete;
  if (source === undefined) return [];
  return bot
    .complete(source, focused.value, CHOICES_MAX, language)
    .map((c) => ({
      name: clipText(c.name, CHOICE_TEXT_MAX),
      value: graphemePrefix(c.value, Math.min(c.value.length, CHOICE_TEXT_MAX)),
    }))
    .filter((c) => c.name.trim() !== "" && c.value !== "")
    .slice(0, CHOICES_MAX);
}

/** A new message answering the interaction. */
export function message(reply: Reply, options: MessageOptions): APIInteractionResponse {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: renderMessage(reply, options),
  };
}

function deferred(options: MessageOptions): APIInteractionResponse {
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    // A deferral shows "thinking…" and carries no text; the edit that follows carries the
    // message and its allowed_mentions.
    data: options.visibility === "ephemeral" ? { flags: MessageFlags.Ephemeral } : {},
  };
}

function immediate(response: APIInteractionResponse): PlannedResponse {
  return { answer: async () => response };
}
