/**
 * HTTP interactions mode: Discord POSTs each interaction to /discord/interactions on the shared
 * server; the response body is the answer. No gateway connection, no state between requests,
 * so any number of replicas can sit behind a load balancer.
 */
import type { IncomingMessage } from "node:http";
import { type APIInteraction, InteractionResponseType, InteractionType, REST } from "discord.js";
import { readBodyOrAnswer, sendJson } from "../../../src/runtime/http.js";
import { createInFlight } from "../../../src/runtime/in-flight.js";
import { isFreshTimestamp } from "../../../src/runtime/request-freshness.js";
import {
  createMemorySeenEvents,
  createStoreSeenEvents,
  withFallback,
} from "../../../src/runtime/seen-events.js";
import type { PlatformRuntime } from "../../platform.js";
import type { DiscordConfig, DiscordDeps } from "../config.js";
import { deliverResponse, type ResponseOptions } from "../handlers/deliver-response.js";
import { editOriginalResponse } from "./rest.js";
import { createSignatureVerifier } from "./verify-signature.js";

/** Namespace of Discord's keys in the store's seen-event table (shared with Slack's `slack:`). */
export const DISCORD_SEEN_EVENT_PREFIX = "discord:";

/** The path Discord's "Interactions Endpoint URL" points at. */
export const INTERACTIONS_PATH = "/discord/interactions";

// Interactions are a few kilobytes; refuse anything much larger before verifying it.
const BODY_MAX = 256 * 1024;

/**
 * Serves POST {@link INTERACTIONS_PATH} on the shared server.
 *
 * @example
 * const runtime = startHttpInteractions(deps, config.discord, { deferAfterMs: DEFER_AFTER_MS });
 */
export function startHttpInteractions(
  deps: DiscordDeps,
  discord: DiscordConfig & { publicKey: string },
  options: Pick<ResponseOptions, "deferAfterMs" | "dailyAccessFor">,
): PlatformRuntime {
  const { bot, logger } = deps;
  const isSigned = createSignatureVerifier(discord.publicKey);
  // Without a bot token: the interaction webhook is authorised by the interaction token.
  const rest = new REST({ version: "10", ...(discord.apiUrl ? { api: discord.apiUrl } : {}) });
  const inFlight = createInFlight();
  const seenEvents = deps.store
    ? withFallback(
        createStoreSeenEvents(deps.store, { prefix: DISCORD_SEEN_EVENT_PREFIX }),
        createMemorySeenEvents(),
      )
    : createMemorySeenEvents();

  deps.http.route("POST", INTERACTIONS_PATH, async (request, response) => {
    if (!inFlight.accepting) return sendJson(response, 503, { error: "shutting down" });
    const body = await readBodyOrAnswer(request, response, { limit: BODY_MAX });
    if (body === undefined) return;
    const timestamp = header(request, "x-signature-timestamp");
    // A signature never expires: the timestamp it covers must be recent, either way.
    if (
      !isFreshTimestamp(timestamp, Date.now()) ||
      !isSigned(header(request, "x-signature-ed25519"), timestamp, body)
    ) {
      logger.debug("rejected a Discord interaction with a bad or stale signature");
      return sendJson(response, 401, { error: "invalid or stale request signature" });
    }
    const interaction = parseInteraction(body);
    if (interaction === undefined) return sendJson(response, 400, { error: "not an interaction" });
    if (interaction.type === InteractionType.Ping)
      return sendJson(response, 200, { type: InteractionResponseType.Pong });
    // Each interaction is answered once, by whichever replica sees it first: a replay is refused.
    if (await seenEvents.seen(`interaction:${interaction.id}`)) {
      logger.warn({ interaction: interaction.id }, "refused a replayed Discord interaction");
      return sendJson(response, 409, { error: "interaction already answered" });
    }
    const transport = {
      respond: async (answer: unknown) => sendJson(response, 200, answer),
      editOriginal: async (message: Parameters<typeof editOriginalResponse>[3]) => {
        await editOriginalResponse(rest, discord.appId, interaction, message);
      },
    };
    await inFlight.track(deliverResponse(interaction, transport, { bot, logger, ...options }));
  });
  logger.info({ path: INTERACTIONS_PATH }, "Discord interactions served over HTTP");

  return {
    name: "discord",
    isReady: () => inFlight.accepting,
    async stop() {
      await inFlight.drain();
    },
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The interaction in `body`, or undefined when it does not look like one. */
function parseInteraction(body: Buffer): APIInteraction | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null) return undefined;
    const { type, id, token } = value as Record<string, unknown>;
    if (typeof type !== "number" || typeof id !== "string" || typeof token !== "string")
      return undefined;
    return value as APIInteraction;
  } catch {
    return undefined;
  }
}
