/**
 * Gateway mode: a discord.js client (intents: Guilds only) receives interactions over the
 * websocket; each raw INTERACTION_CREATE goes through the shared handler and the answer is
 * POSTed to the interaction callback endpoint through the client's REST manager.
 */
import {
  type APIInteraction,
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
} from "discord.js";
import { createInFlight } from "../../../src/runtime/in-flight.js";
import type { PlatformRuntime } from "../../platform.js";
import type { DiscordConfig, DiscordDeps } from "../config.js";
import { DiscordAdapterError, safeError } from "../errors.js";
import { deliverResponse, type ResponseOptions } from "../handlers/deliver-response.js";
import { createRestTransport } from "./rest.js";

/**
 * Logs in and resolves once the gateway session is established (READY).
 *
 * @example
 * const runtime = await startGateway(deps, config.discord, { deferAfterMs: DEFER_AFTER_MS });
 */
export async function startGateway(
  deps: DiscordDeps,
  discord: DiscordConfig & { token: string },
  options: Pick<ResponseOptions, "deferAfterMs" | "dailyAccessFor">,
): Promise<PlatformRuntime> {
  const { bot, logger } = deps;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // discord.js calls `${api}/v10/…`: a REST proxy, or the fake Discord in tests.
    rest: discord.apiUrl ? { api: discord.apiUrl } : {},
  });
  const inFlight = createInFlight();

  // The raw dispatch, not discord.js's Interaction objects: the same JSON the HTTP endpoint
  // receives, so both modes run the same handler and renderers.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
    if (!inFlight.accepting) return;
    const transport = createRestTransport(client.rest, discord.appId, interaction);
    inFlight
      .track(deliverResponse(interaction, transport, { bot, logger, ...options }))
      .catch((error: unknown) => logger.error({ error: safeError(error) }, "interaction failed"));
  });
  client.on(Events.Error, (error) =>
    logger.error({ error: safeError(error) }, "Discord client error"),
  );
  client.on(Events.Warn, (warning) => logger.warn({ warning }, "Discord client warning"));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, "Discord gateway disconnected"),
  );
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "Discord gateway ready"),
  );

  try {
    await client.login(discord.token);
  } catch (error) {
    await client.destroy();
    const described = safeError(error, [discord.token]);
    const refused = described.code === "TokenInvalid" || described.status === 401;
    throw new DiscordAdapterError(
      refused ? "discord_token_refused" : "discord_login_failed",
      refused
        ? `Discord refused DISCORD_TOKEN (${described.message}): set the bot token from the Developer Portal`
        : `Discord login failed: ${described.message}`,
    );
  }

  return {
    name: "discord",
    isReady: () => inFlight.accepting && client.isReady(),
    async stop() {
      await inFlight.drain();
      await client.destroy();
    },
  };
}
