/**
 * Starts the real Slack adapter (real Bolt, either transport) against the fake Slack, with a
 * log that tests can read, and drives it the way Slack would: the same calls work in both
 * transports, so behaviour tests run once per transport.
 */
import { Writable } from "node:stream";
import type { PlatformRuntime } from "../../../adapters/platform.js";
import { startSlack } from "../../../adapters/slack/index.js";
import { loadConfig, secretsOf } from "../../../app/config.js";
import { createHttpServer, type HttpServer } from "../../../app/http/http-server.js";
import type { CommandDefinition } from "../../../src/commands/command.js";
import { type Bot, createBot } from "../../../src/commands/create-bot.js";
import { defaultContentDir } from "../../../src/content/content-dir.js";
import { loadContent } from "../../../src/content/load-content.js";
import type { Content } from "../../../src/content/types.js";
import { createDailyService } from "../../../src/daily/daily-service.js";
import type { Clock } from "../../../src/runtime/clock.js";
import { createLogger } from "../../../src/runtime/logger.js";
import type { Store } from "../../../src/store/store.js";
import { type FakeSlack, type ResponsePost, startFakeSlack } from "../../fakes/slack/fake-slack.js";
import {
  buttonClick,
  type CommandFrom,
  commandBody,
  homeOpened,
  interactionBody,
  postSigned,
  type RenderedButton,
  slashCommand,
} from "../../fakes/slack/slack-payloads.js";

/** The transports. */
export type Transport = "http" | "socket";

/** Test credentials: fake, but shaped like the real ones so config validation passes. */
export const SECRETS = {
  botToken: "xoxb-0000-test-bot-token",
  appToken: "xapp-1-test-app-token-0000",
  signingSecret: "test-signing-secret-0000",
};

/** CT_ENCRYPTION_KEY in the tests: 32 random bytes, base64, as `openssl rand -base64 32` makes. */
export const ENCRYPTION_KEY = "NFAOfI0SnSIqHK+vOn2wEoBX27NdtE+cQo311mCpfd4=";

let sharedContent: Content | undefined;

/** The bundled content, loaded once per test file. */
export function testContent(): Content {
  sharedContent ??= loadContent([defaultContentDir()]);
  return sharedContent;
}

/** What a delivery got back. */
export interface Delivered {
  /** The HTTP status (HTTP mode); 200 once acknowledged (Socket Mode). */
  status: number;
  /** The response_url id the answer will be posted under. */
  id: string;
  /** The payload sent, to send again as a retry. */
  payload: Record<string, unknown>;
}

/** Redelivers an earlier payload the way Slack retries: same body, with a retry number. */
export interface Retry {
  retryOf: Record<string, unknown>;
  retryNum: number;
}

/** A running adapter and ways to talk to it. */
export interface SlackHarness {
  readonly transport: Transport;
  readonly fake: FakeSlack;
  readonly runtime: PlatformRuntime;
  readonly bot: Bot;
  readonly eventsUrl: string;
  /** Every log line, parsed. */
  readonly logs: Array<Record<string, unknown>>;
  /** The raw log text, to check for secrets. */
  logText(): string;
  /** Types `/ct <text>`. */
  command(text: string, retry?: Retry): Promise<Delivered>;
  /** Types `/ct <text>` as someone else, or somewhere else. */
  commandFrom(from: CommandFrom, text: string): Promise<Delivered>;
  /** Clicks `button`. */
  click(button: RenderedButton, retry?: Retry): Promise<Delivered>;
  /** Opens the Home tab (or the Messages tab). */
  openHome(tab?: "home" | "messages"): Promise<Delivered>;
  /** Delivers an Events API callback (e.g. app_uninstalled). */
  event(payload: Record<string, unknown>): Promise<Delivered>;
  /** The answer posted to response_url `id`. */
  response(id: string): Promise<ResponsePost>;
  close(): Promise<void>;
}

/** Options for {@link startHarness}. */
export interface HarnessOptions {
  /** Extra commands for the bot (e.g. one that throws). */
  commands?: readonly CommandDefinition[];
  /** Wraps the bot (e.g. to make it fail). */
  wrapBot?: (bot: Bot) => Bot;
  /** Daily posts: the bot gets the daily service over this store and clock. */
  daily?: { store: Store; clock: Clock };
  /** More environment, e.g. CT_DAILY_ADMINS. */
  env?: Record<string, string>;
}

/** Starts the fake Slack and the adapter in `transport`. */
export async function startHarness(
  transport: Transport,
  options: HarnessOptions = {},
): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const config = loadConfig({
    SLACK_BOT_TOKEN: SECRETS.botToken,
    ...(transport === "socket"
      ? { SLACK_APP_TOKEN: SECRETS.appToken }
      : { SLACK_SIGNING_SECRET: SECRETS.signingSecret }),
    // Without the trailing slash, as people often write it: the adapter adds it.
    SLACK_API_URL: fake.apiUrl.replace(/\/$/u, ""),
    LOG_LEVEL: "debug",
    ...options.env,
  });
  const lines: string[] = [];
  const logger = createLogger({
    level: "debug",
    destination: collect(lines),
    secrets: secretsOf(config),
  });
  const content = testContent();
  const daily = options.daily;
  const created = createBot({
    content,
    logger,
    ...(options.commands ? { commands: options.commands } : {}),
    ...(daily ? { clock: daily.clock, daily: createDailyService({ ...daily, content }) } : {}),
  });
  const bot = options.wrapBot ? options.wrapBot(created) : created;
  const http: HttpServer = createHttpServer(logger);
  const runtime = await startSlack({
    config,
    bot,
    logger,
    http,
    ...(daily ? { store: daily.store } : {}),
  });
  const port = await http.listen(0, "127.0.0.1");
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  if (transport === "socket") await fake.socketMode.connected();
  return harness(transport, fake, runtime, bot, http, eventsUrl, lines);
}

function harness(
  transport: Transport,
  fake: FakeSlack,
  runtime: PlatformRuntime,
  bot: Bot,
  http: HttpServer,
  eventsUrl: string,
  lines: string[],
): SlackHarness {
  const deliver = async (
    kind: "slash_commands" | "interactive" | "events_api",
    payload: Record<string, unknown>,
    retryNum = 0,
  ): Promise<number> => {
    if (transport === "socket") {
      await fake.socketMode.deliver(kind, payload, retryNum);
      return 200;
    }
    const body =
      kind === "slash_commands"
        ? commandBody(payload as Record<string, string>)
        : kind === "interactive"
          ? interactionBody(payload)
          : JSON.stringify(payload);
    const response = await postSigned(eventsUrl, body, {
      secret: SECRETS.signingSecret,
      contentType: kind === "events_api" ? "application/json" : "application/x-www-form-urlencoded",
      ...(retryNum > 0 ? { retryNum } : {}),
    });
    await response.arrayBuffer();
    return response.status;
  };

  return {
    transport,
    fake,
    runtime,
    bot,
    eventsUrl,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join(""),
    async command(text, retry) {
      const payload = retry?.retryOf ?? slashCommand(text, fake.responseUrl().url);
      const status = await deliver("slash_commands", payload, retry?.retryNum ?? 0);
      return { status, id: responseIdOf(payload.response_url), payload };
    },
    async commandFrom(from, text) {
      const payload = slashCommand(text, fake.responseUrl().url, from);
      const status = await deliver("slash_commands", payload);
      return { status, id: responseIdOf(payload.response_url), payload };
    },
    async click(button, retry) {
      const payload = retry?.retryOf ?? buttonClick(button, fake.responseUrl().url);
      const status = await deliver("interactive", payload, retry?.retryNum ?? 0);
      return { status, id: responseIdOf(payload.response_url), payload };
    },
    async openHome(tab = "home") {
      const payload = homeOpened(tab);
      return { status: await deliver("events_api", payload), id: "", payload };
    },
    async event(payload) {
      return { status: await deliver("events_api", payload), id: "", payload };
    },
    response: (id) => fake.responses.waitFor((post) => post.id === id),
    async close() {
      await runtime.stop();
      await http.close();
      await fake.close();
    },
  };
}

/** The id at the end of a fake response_url. */
function responseIdOf(url: unknown): string {
  return String(url).split("/").at(-1) ?? "";
}

/** A stream that keeps every line written to it. */
export function collect(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
}
