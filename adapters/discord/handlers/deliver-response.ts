/**
 * Answers one interaction over a transport: the planned response when it is ready in time,
 * else the deferral first and the answer as an edit of it. A failure anywhere becomes an
 * ephemeral apology with a reference id, logged with the same id; nothing is thrown.
 */
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from "discord.js";
import type { Bot } from "../../../src/commands/create-bot.js";
import { failureReply, newReference } from "../../../src/replies/failure-reply.js";
import type { Logger } from "../../../src/runtime/logger.js";
import { safeError } from "../errors.js";
import type { MessageBody } from "../render/message.js";
import { type DailyAccessFor, message, type PlannedResponse, planResponse } from "./interaction.js";
import { callerOf } from "./read-interaction.js";

/** How a response reaches Discord: an HTTP body, or a REST call in gateway mode. */
export interface InteractionTransport {
  /** Sends the interaction's one initial response. */
  respond(response: APIInteractionResponse): Promise<void>;
  /** Replaces a deferred response with the final message (PATCH …/messages/@original). */
  editOriginal(body: MessageBody): Promise<void>;
}

/** What answering an interaction needs. */
export interface ResponseOptions {
  bot: Bot;
  logger: Logger;
  /** How long to wait for the answer before deferring (Discord allows 3 s in all). */
  deferAfterMs: number;
  /** The `/ct daily` checks for an interaction; without it `daily` is not available. */
  dailyAccessFor?: DailyAccessFor;
}

/** How long a gateway or HTTP answer may take before ct-bot defers it. */
export const DEFER_AFTER_MS = 2000;

const SLOW = Symbol("slow");

type Outcome = { ok: true; response: APIInteractionResponse } | { ok: false; error: unknown };

/**
 * Plans, answers and sends the response to `interaction`. Resolves when everything is sent.
 *
 * @example
 * await deliverResponse(interaction, transport, { bot, logger, deferAfterMs: DEFER_AFTER_MS });
 */
export async function deliverResponse(
  interaction: APIInteraction,
  transport: InteractionTransport,
  options: ResponseOptions,
): Promise<void> {
  const { logger } = options;
  const started = performance.now();
  const fail = (error: unknown) => apologize(interaction, error, logger);
  try {
    let planned: PlannedResponse;
    try {
      planned = planResponse(interaction, options.bot, options.dailyAccessFor);
    } catch (error) {
      await transport.respond(fail(error));
      return;
    }
    const outcome: Promise<Outcome> = planned.answer().then(
      (response) => ({ ok: true, response }),
      (error: unknown) => ({ ok: false, error }),
    );
    const first = planned.deferral ? await raceTimer(outcome, options.deferAfterMs) : await outcome;
    if (first !== SLOW) {
      await transport.respond(first.ok ? first.response : fail(first.error));
    } else if (planned.deferral) {
      await transport.respond(planned.deferral);
      const late = await outcome;
      const final = late.ok ? late.response : fail(late.error);
      if ("data" in final && final.data !== undefined && "embeds" in final.data) {
        // The visibility was fixed when deferring; an edit may not carry flags.
        const { flags: _fixed, ...body } = final.data as MessageBody;
        await transport.editOriginal(body);
      }
    }
    logger.debug(
      {
        interaction: interaction.id,
        type: interaction.type,
        ms: Math.round(performance.now() - started),
      },
      "interaction answered",
    );
  } catch (error) {
    // The transport failed (Discord unreachable, interaction expired): log it, keep running.
    logger.warn(
      { error: safeError(error, [interaction.token]), interaction: interaction.id },
      "could not answer an interaction",
    );
  }
}

/** The apology for a failed answer, logged with its reference id. */
function apologize(
  interaction: APIInteraction,
  error: unknown,
  logger: Logger,
): APIInteractionResponse {
  const reference = newReference();
  logger.error(
    {
      error: safeError(error, [interaction.token]),
      reference,
      interaction: interaction.id,
      type: interaction.type,
    },
    "interaction failed",
  );
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete)
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  return message(failureReply(reference, "help", callerOf(interaction).language), {
    visibility: "ephemeral",
  });
}

async function raceTimer<T>(promise: Promise<T>, ms: number): Promise<T | typeof SLOW> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<typeof SLOW>((resolve) => {
    timer = setTimeout(() => resolve(SLOW), ms);
  });
  try {
    return await Promise.race([promise, slow]);
  } finally {
    clearTimeout(timer);
  }
}
