/**
 * Test harness: ct-bot's Discord adapter, started the way production starts it (config from
 * environment variables, the shared HTTP server), against the fake Discord.
 */
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { Writable } from "node:stream";
import { startDiscord } from "../../../adapters/discord/index.js";
import type { PlatformRuntime } from "../../../adapters/platform.js";
import { loadConfig, secretsOf } from "../../../app/config.js";
import { createHttpServer, type HttpServer } from "../../../app/http/http-server.js";
import type { Bot } from "../../../src/commands/create-bot.js";
import type { Clock } from "../../../src/runtime/clock.js";
import { createLogger, type Logger } from "../../../src/runtime/logger.js";
import type { Store } from "../../../src/store/store.js";
import type { FakeDiscord, RecordedRequest } from "../../fakes/discord/fake-discord.js";
import type { InteractionPayload, Place } from "../../fakes/discord/interactions.js";
import { testBot } from "../../helpers/content.js";

/** A running adapter and what tests inspect. */
export interface RunningBot {
  runtime: PlatformRuntime;
  http: HttpServer;
  /** Base URL of the shared HTTP server. */
  url: string;
  /** Every log line written so far. */
  logs: string[];
  stop(): Promise<void>;
}

/** How to start the adapter. */
export interface StartOptions {
  bot?: Bot;
  deferAfterMs?: number;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** The store, as start-up passes it (daily posts). */
  store?: Store;
  /** The clock the daily poster reads (the scheduler's manual clock). */
  clock?: Clock;
  /** How long one daily post may take before it times out. */
  dailyTimeoutMs?: number;
}

/** A logger writing JSON lines into `lines`, scrubbing `secrets` like production does. */
export function captureLogger(secrets: readonly string[]): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: "debug", destination, secrets }), lines };
}

/** Starts the adapter in the mode `env` selects (gateway unless DISCORD_PUBLIC_KEY is set). */
export async function startBot(fake: FakeDiscord, options: StartOptions = {}): Promise<RunningBot> {
  const config = loadConfig({
    DISCORD_TOKEN: fake.botToken,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    ...options.env,
  });
  const { logger, lines } = captureLogger(secretsOf(config));
  const http = createHttpServer(logger);
  const bot = options.bot ?? testBot();
  const runtime = await startDiscord(
    { config, bot, logger, http, ...(options.store ? { store: options.store } : {}) },
    {
      ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(options.dailyTimeoutMs === undefined ? {} : { dailyTimeoutMs: options.dailyTimeoutMs }),
    },
  );
  const port = await http.listen(0, "127.0.0.1");
  let stopped = false;
  return {
    runtime,
    http,
    url: `http://127.0.0.1:${port}`,
    logs: lines,
    async stop() {
      if (stopped) return;
      stopped = true;
      await runtime.stop();
      await http.close();
    },
  };
}

/** Dispatches `interaction` over the gateway and resolves with its callback request. */
export async function interact(
  fake: FakeDiscord,
  interaction: InteractionPayload,
): Promise<RecordedRequest> {
  const from = fake.requests.length;
  const callback = fake.waitForRequest(
    (r) => r.path.startsWith(`/v10/interactions/${interaction.id}/`),
    from,
  );
  fake.dispatchInteraction(interaction);
  return callback;
}

/** The response type and data in a callback request. */
export function responseOf(request: RecordedRequest): { type: number; data: MessageData } {
  return request.body as { type: number; data: MessageData };
}

/** The parts of a message body tests look at. */
export interface MessageData {
  content?: string;
  flags?: number;
  allowed_mentions?: { parse: string[]; users?: string[] };
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  components?: Array<{ components: Array<{ custom_id: string; label: string }> }>;
  choices?: Array<{ name: string; value: string }>;
}

/** Every button of a message. */
export function buttonsOf(data: MessageData): Array<{ custom_id: string; label: string }> {
  return (data.components ?? []).flatMap((row) => row.components);
}

/** All the text of a message's embeds, for `toContain` checks. */
export function embedText(data: MessageData): string {
  return (data.embeds ?? [])
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ])
    .filter(Boolean)
    .join("\n");
}

/** An Ed25519 key pair like a Discord application's, with the public key as the portal shows it. */
export function applicationKeys(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" });
  return { publicKeyHex: der.subarray(der.length - 32).toString("hex"), privateKey };
}

/** POSTs `body` to the interactions endpoint, signed with `privateKey` (or with a given signature). */
export async function postInteraction(
  url: string,
  body: unknown,
  privateKey: KeyObject,
  tamper: { signature?: string; timestamp?: string } = {},
): Promise<{ status: number; json: unknown }> {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + raw), privateKey).toString("hex");
  const response = await fetch(`${url}/discord/interactions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": tamper.signature ?? signature,
      "x-signature-timestamp": tamper.timestamp ?? timestamp,
    },
    body: raw,
  });
  const text = await response.text();
  return { status: response.status, json: text === "" ? undefined : JSON.parse(text) };
}

/** A server channel and a DM with the bot, on `fake`. */
export function placesOf(fake: FakeDiscord): { guild: Place; dm: Place } {
  return {
    guild: { appId: fake.appId, channelId: fake.channelId, guildId: fake.guildId },
    dm: { appId: fake.appId, channelId: "100000000000000009" },
  };
}

/** The requests that sent a message body: callbacks with data, webhook posts and edits, channel posts. */
export function sentMessages(fake: FakeDiscord): Array<{ path: string; data: MessageData }> {
  return fake.requests.flatMap((r) => {
    if (r.path.endsWith("/callback")) {
      const { type, data } = responseOf(r);
      return type === 4 || type === 7 ? [{ path: r.path, data }] : [];
    }
    if (/\/webhooks\/|\/channels\/\d+\/messages/u.test(r.path) && r.method !== "GET")
      return [{ path: r.path, data: r.body as MessageData }];
    return [];
  });
}
