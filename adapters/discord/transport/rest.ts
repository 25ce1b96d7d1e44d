/**
 * Sends interaction responses through Discord's REST API: the callback endpoint for the first
 * response (gateway mode) and the interaction webhook to edit a deferred one (both modes).
 * Both are authenticated by the interaction token in the URL, not by the bot token.
 */
import { type APIInteraction, type REST, Routes } from "discord.js";
import type { InteractionTransport } from "../handlers/deliver-response.js";
import type { MessageBody } from "../render/message.js";

/** Edits the original response of `interaction` (after a deferral). */
export function editOriginalResponse(
  rest: REST,
  applicationId: string,
  interaction: APIInteraction,
  body: MessageBody,
): Promise<unknown> {
  return rest.patch(Routes.webhookMessage(applicationId, interaction.token, "@original"), {
    body,
    auth: false,
  });
}

/**
 * The gateway transport: POST /interactions/{id}/{token}/callback.
 *
 * @example
 * await deliverResponse(interaction, createRestTransport(client.rest, appId, interaction), options);
 */
export function createRestTransport(
  rest: REST,
  applicationId: string,
  interaction: APIInteraction,
): InteractionTransport {
  return {
    async respond(response) {
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: response,
        auth: false,
      });
    },
    async editOriginal(body) {
      await editOriginalResponse(rest, applicationId, interaction, body);
    },
  };
}
