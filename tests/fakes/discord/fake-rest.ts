/**
 * The fake Discord REST API: the routes ct-bot and discord.js call, under /v10, recording every
 * request. It answers like Discord does where the adapter depends on it: 204 without a body
 * or JSON content-type, 401 without the bot token, 400 "Invalid Form Body" past the limits,
 * 404 for an unknown interaction, 400 for an interaction answered twice. Channel messages go
 * to {@link FakeChannels}; an optional {@link GlobalLimiter} answers 429 past its rate.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { FakeChannels } from "./fake-channels.js";
import type { GlobalLimiter } from "./global-limiter.js";
import { choiceProblems, messageProblems } from "./message-limits.js";
import { rateLimited } from "./rate-limited.js";

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** 0 for a request the fake never answered (a hang). */
  status: number;
}

/** The fake's answer to one request. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer: the client times out. */
  hang?: boolean;
  /** Answer this many milliseconds late. */
  delayMs?: number;
}

/** What the fake knows about an interaction it dispatched or expects. */
export interface KnownInteraction {
  token: string;
  acknowledged: boolean;
}

/** The fake's state, shared by the REST routes, the gateway and the tests. */
export interface FakeState {
  appId: string;
  botToken: string;
  gatewayUrl: () => string;
  requests: RecordedRequest[];
  interactions: Map<string, KnownInteraction>;
  /** Registered commands by scope: "global" or a guild id. */
  commands: Map<string, unknown[]>;
  onRequest: Set<() => void>;
  channels: FakeChannels;
  /** Discord's global limit per bot token, when the test enforces one. */
  globalLimiter?: GlobalLimiter;
  /** The shard count GET /gateway/bot recommends. */
  recommendedShards: number;
}

let nextId = 1_000_000_000_000_000_000n;
/** A new snowflake-looking id. */
export function fakeId(): string {
  nextId += 1n;
  return String(nextId);
}

/** Handles one REST request against `state`. */
export async function handleRest(
  state: FakeState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  const method = request.method ?? "GET";
  // Route paths arrive percent-encoded (discord.js sends @original as %40original).
  const path = decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/");
  const reply = globalLimit(state, path) ?? route(state, method, path, request.headers, body);
  state.requests.push({ method, path, headers: request.headers, body, status: reply.status });
  // A hang is left open until the client gives up or the fake closes.
  if (!reply.hang) {
    if (reply.delayMs !== undefined) await delay(reply.delayMs);
    if (reply.body === undefined) {
      // Like Discord: a 204 has no body and no JSON content-type.
      response.writeHead(reply.status, reply.headers).end();
    } else {
      const json = JSON.stringify(reply.body);
      response
        .writeHead(reply.status, {
          ...reply.headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(json),
        })
        .end(json);
    }
  }
  for (const listener of state.onRequest) listener();
}

/** A global 429 when the limiter is full; interaction callbacks and webhooks are exempt, as on Discord. */
function globalLimit(state: FakeState, path: string): FakeAnswer | undefined {
  if (state.globalLimiter === undefined || /^\/v10\/(interactions|webhooks)\//u.test(path))
    return undefined;
  const admitted = state.globalLimiter.admit();
  return admitted.ok ? undefined : rateLimited(admitted.retryAfterMs / 1000, true);
}

function route(
  state: FakeState,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: unknown,
): FakeAnswer {
  const botAuthorized = headers.authorization === `Bot ${state.botToken}`;
  const unauthorized = { status: 401, body: { message: "401: Unauthorized", code: 0 } };

  if (method === "GET" && path === "/v10/gateway/bot") {
    if (!botAuthorized) return unauthorized;
    return {
      status: 200,
      body: {
        url: state.gatewayUrl(),
        shards: state.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: 1,
        },
      },
    };
  }
  const callback = /^\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/u.exec(path);
  if (callback && method === "POST") {
    const known = state.interactions.get(callback[1] ?? "");
    if (known === undefined || known.token !== callback[2])
      return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
    if (known.acknowledged)
      return {
        status: 400,
        body: { message: "Interaction has already been acknowledged.", code: 40060 },
      };
    const problems = callbackProblems(body);
    if (problems.length > 0) return invalid(problems);
    known.acknowledged = true;
    return { status: 204 };
  }
  const webhook = /^\/v10\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/u.exec(path);
  if (webhook) {
    const known = [...state.interactions.values()].find((i) => i.token === webhook[2]);
    if (webhook[1] !== state.appId || known === undefined)
      return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
    if (method === "DELETE") return { status: 204 };
    const problems = messageProblems(body);
    if (problems.length > 0) return invalid(problems);
    return { status: 200, body: { id: fakeId(), ...(body as object) } };
  }
  const channel = /^\/v10\/channels\/(\d+)\/messages$/u.exec(path);
  if (channel && method === "POST") {
    if (!botAuthorized) return unauthorized;
    return state.channels.post(channel[1] ?? "", body);
  }
  const commands = /^\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u.exec(path);
  if (commands) {
    if (!botAuthorized) return unauthorized;
    if (commands[1] !== state.appId)
      return { status: 403, body: { message: "Missing Access", code: 50001 } };
    const guildId = commands[2];
    const scope = guildId ?? "global";
    if (method === "GET") return { status: 200, body: state.commands.get(scope) ?? [] };
    if (method === "PUT" && Array.isArray(body)) {
      const stored = body.map((command) => asDiscordStores(command, state.appId, guildId));
      state.commands.set(scope, stored);
      return { status: 200, body: stored };
    }
  }
  return { status: 404, body: { message: "404: Not Found", code: 0 } };
}

function invalid(problems: string[]): FakeAnswer {
  return { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: problems } };
}

function callbackProblems(body: unknown): string[] {
  const { type, data } = (body ?? {}) as { type?: number; data?: Record<string, unknown> };
  if (type === 8)
    return choiceProblems((data?.choices ?? []) as Array<{ name: string; value: string }>);
  if (type === 4 || type === 7) return messageProblems(data);
  if (type === 1 || type === 5 || type === 6) return [];
  return [`unknown interaction response type ${String(type)}`];
}

/** A command as Discord returns it: ids and defaults added, false flags dropped. */
function asDiscordStores(command: unknown, appId: string, guildId: string | undefined): unknown {
  const stripFalse = (option: Record<string, unknown>): Record<string, unknown> => {
    const { required, autocomplete, options, ...rest } = option;
    return {
      ...rest,
      ...(required ? { required } : {}),
      ...(autocomplete ? { autocomplete } : {}),
      ...(Array.isArray(options) ? { options: options.map(stripFalse) } : {}),
    };
  };
  const { options, ...rest } = command as Record<string, unknown>;
  return {
    id: fakeId(),
    application_id: appId,
    version: fakeId(),
    default_member_permissions: null,
    nsfw: false,
    ...(guildId ? { guild_id: guildId } : { dm_permission: true }),
    ...rest,
    options: Array.isArray(options) ? options.map(stripFalse) : [],
  };
}
