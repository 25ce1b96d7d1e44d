/**
 * A fake Discord on 127.0.0.1: the REST API and the gateway on one port, for the real
 * discord.js client and ct-bot's adapter to talk to. Tests read `requests` to check the wire,
 * and `channels` for the messages posted, with faults to inject.
 *
 * @example
 * const discord = await startFakeDiscord();
 * // DISCORD_API_URL=discord.apiUrl, DISCORD_TOKEN=discord.botToken, DISCORD_APP_ID=discord.appId
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeChannels, type FakeChannels } from "./fake-channels.js";
import { type FakeGateway, startFakeGateway } from "./fake-gateway.js";
import { type FakeState, handleRest, type RecordedRequest } from "./fake-rest.js";
import {
  createGlobalLimiter,
  type GlobalLimiter,
  type GlobalLimitOptions,
} from "./global-limiter.js";

export type { DiscordFault } from "./fake-faults.js";
export { DISCORD_ERRORS } from "./fake-faults.js";
export type { RecordedRequest } from "./fake-rest.js";

/** A running fake Discord. */
export interface FakeDiscord {
  /** What DISCORD_API_URL should be (discord.js appends /v10). */
  apiUrl: string;
  appId: string;
  botToken: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  requests: RecordedRequest[];
  /** Messages posted in channels, and the faults to inject into posting. */
  channels: FakeChannels;
  /** The global rate limit, when started with one. */
  globalLimiter?: GlobalLimiter;
  gateway: FakeGateway;
  /** Registered commands by scope: "global" or a guild id. */
  commands: Map<string, unknown[]>;
  /** Lets the REST API accept callbacks and webhooks for an interaction (HTTP mode). */
  expectInteraction(interaction: { id: string; token: string }): void;
  /** Dispatches INTERACTION_CREATE over the gateway. */
  dispatchInteraction(interaction: { id: string; token: string }): void;
  /** The first request from index `from` on that matches, waiting up to `timeoutMs`. */
  waitForRequest(
    matches: (request: RecordedRequest) => boolean,
    from?: number,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** Options for {@link startFakeDiscord}. */
export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
  /** Enforce Discord's global limit (e.g. 50 requests a second) on bot-token requests. */
  globalLimit?: GlobalLimitOptions;
  /** The shard count GET /gateway/bot recommends (1 unless set). */
  recommendedShards?: number;
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  let port = 0;
  const ids = {
    botUserId: "100000000000000002",
    guildId: "100000000000000003",
    channelId: "100000000000000004",
  };
  const state: FakeState = {
    appId: "100000000000000001",
    botToken: "fake-bot-token.0123456789.abcdefghijklmnop",
    gatewayUrl: () => `ws://127.0.0.1:${port}`,
    requests: [],
    interactions: new Map(),
    commands: new Map(),
    onRequest: new Set(),
    channels: createFakeChannels(ids.botUserId),
    recommendedShards: options.recommendedShards ?? 1,
    ...(options.globalLimit ? { globalLimiter: createGlobalLimiter(options.globalLimit) } : {}),
  };
  const server = createServer((request, response) => {
    handleRest(state, request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  const gateway = startFakeGateway(server, {
    appId: state.appId,
    botUserId: ids.botUserId,
    guildIds: [ids.guildId],
    channelId: ids.channelId,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
  });

  const expectInteraction = (interaction: { id: string; token: string }) => {
    state.interactions.set(interaction.id, { token: interaction.token, acknowledged: false });
  };
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    appId: state.appId,
    botToken: state.botToken,
    ...ids,
    requests: state.requests,
    channels: state.channels,
    ...(state.globalLimiter ? { globalLimiter: state.globalLimiter } : {}),
    gateway,
    commands: state.commands,
    expectInteraction,
    dispatchInteraction(interaction) {
      expectInteraction(interaction);
      gateway.dispatch("INTERACTION_CREATE", interaction);
    },
    waitForRequest(matches, from = 0, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = state.requests.slice(from).find(matches);
          if (found === undefined) return;
          state.onRequest.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          state.onRequest.delete(check);
          reject(new Error("the fake Discord received no matching request in time"));
        }, timeoutMs);
        state.onRequest.add(check);
        check();
      });
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
