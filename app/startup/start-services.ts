/**
 * Everything a serving process runs behind its HTTP server, started once the server listens
 * (app/serve.ts imports this module only then, so /healthz answers while it loads): the
 * content and the bot, source pages, content reload, the store and every configured platform
 * connecting in the background with backoff, and the daily scheduler once they are up.
 */
import { startDiscord } from "../../adapters/discord/index.js";
import type { PlatformRuntime } from "../../adapters/platform.js";
import { isRefusedToken } from "../../adapters/slack/errors.js";
import { type Bot, createBot } from "../../src/commands/create-bot.js";
import { liveContent } from "../../src/content/live-content.js";
import { createDailyService } from "../../src/daily/daily-service.js";
import { systemClock } from "../../src/runtime/clock.js";
import { ConfigError, CtBotError } from "../../src/runtime/errors.js";
import type { ReadinessCheck } from "../../src/runtime/http.js";
import type { Logger } from "../../src/runtime/logger.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import { openStore } from "../../src/store/create-store.js";
import type { AppConfig } from "../config.js";
import { createContentReloader } from "../content-reload.js";
import type { HttpServer } from "../http/http-server.js";
import { addSourcePages } from "../http/source-pages.js";
import { loadConfiguredContent } from "../load-bot.js";
import { type ConnectOptions, connectWithBackoff } from "./connect-with-backoff.js";
import { createDailyRunner } from "./daily-runner.js";
import { createPendingStore } from "./pending-store.js";
import { type PlatformName, platformsToRun } from "./platforms-to-run.js";

/** What the services run on. */
export interface ServicesOptions {
  config: AppConfig;
  logger: Logger;
  metrics: Metrics;
  /** The server, already listening on `port`. */
  http: HttpServer;
  port: number;
  /** Aborted on shutdown: connection attempts stop. */
  signal: AbortSignal;
  /** Called once when start-up cannot go on (a refused token, a store that cannot migrate). */
  fatal: (error: unknown) => void;
}

/** The running services, as readiness and shutdown see them. */
export interface Services {
  /** Readiness checks by name: `content`, `store`, and each platform of {@link platformsToRun}. */
  readonly checks: ReadonlyMap<string, ReadinessCheck>;
  /** True while a content reload failed and the older content is still served. */
  readonly stale: boolean;
  /** Stops taking work and lets replies and sends in flight finish. */
  stopWork(): Promise<void>;
  /** Closes the store, if it opened. */
  closeStore(): Promise<void>;
}

/**
 * Loads the content, builds the bot and starts connecting; returns at once. Throws
 * ContentError when the content is invalid; later failures go to `fatal`.
 */
export function startServices(options: ServicesOptions): Services {
  const { config, logger, metrics, http, port, signal, fatal } = options;
  const content = loadConfiguredContent(config, logger);
  const pending = createPendingStore(config.databaseUrl ? "postgres" : "sqlite");
  const store = metrics.timeStore(pending.store);
  // Long-lived parts read the bot's current content, so a reload reaches them too.
  const current = liveContent(() => bot.content);
  const bot: Bot = createBot({
    content,
    logger,
    daily: createDailyService({ store, content: current, clock: systemClock }),
    observe: (event) => {
      metrics.command(event.platform, event.command, event.outcome, event.seconds);
      if (event.emptySearch) metrics.emptySearch(event.platform);
    },
  });
  addSourcePages(http, () => bot.content);
  const reloader = createContentReloader({ config, bot, logger });
  const deps = { config, bot, logger, http, store };
  const storeUp = connectWithBackoff({
    name: "store",
    attempt: () => openStore(config),
    logger,
    signal,
  });
  const connectors: Record<
    PlatformName,
    Pick<ConnectOptions<PlatformRuntime>, "attempt" | "isFatal">
  > = {
    // Bolt takes about a second to load: only processes that run Slack pay for it.
    slack: {
      attempt: () => import("../../adapters/slack/index.js").then((s) => s.startSlack(deps)),
      isFatal: isRefusedToken,
    },
    discord: { attempt: () => startDiscord(deps), isFatal: isDiscordFatal },
  };
  if (config.slack && config.discord?.shard)
    logger.warn("Slack runs outside Discord shard processes; start it separately");
  const platforms = platformsToRun(config).map((name) => ({
    name,
    connection: connectWithBackoff({ name, ...connectors[name], logger, signal }),
  }));
  const runtimes = new Map<string, PlatformRuntime>();
  const checks: ReadinessCheck[] = [
    { name: "content", probe: () => bot.content.passages.length > 0 },
    {
      name: "store",
      // A write, not a read: a full disk or read-only database must take the process out.
      probe: () =>
        pending.current !== undefined && store.checkWritable(new Date()).then(() => true),
      reason: () => (storeUp.state().up ? "the store does not answer" : storeUp.state().reason),
    },
    ...platforms.map(({ name, connection }) => ({
      name,
      probe: () => runtimes.get(name)?.isReady() === true,
      reason: () => (connection.state().up ? "disconnected" : connection.state().reason),
    })),
  ];
  const daily = createDailyRunner({
    store,
    content: current,
    logger,
    metrics,
    shard: config.discord?.shard,
  });
  const names = platforms.map((p) => p.name);
  // "running" once the store and every platform are connected (the line scripts wait for).
  void Promise.all([storeUp.done, ...platforms.map((p) => p.connection.done)]).then(
    () => logger.info({ port, platforms: names, store: pending.store.kind }, "ct-bot is running"),
    () => undefined,
  );
  const failed = (error: unknown) => {
    if (!signal.aborted) fatal(error);
  };
  storeUp.done.then((opened) => {
    pending.attach(opened);
    daily.update(true, [...runtimes.values()]);
  }, failed);
  for (const { name, connection } of platforms) {
    connection.done.then((runtime) => {
      runtimes.set(name, runtime);
      daily.update(pending.current !== undefined, [...runtimes.values()]);
    }, failed);
  }
  return {
    checks: new Map(checks.map((check) => [check.name, check])),
    get stale() {
      return reloader.stale;
    },
    async stopWork() {
      reloader.stop();
      await Promise.allSettled([daily.stop(), ...[...runtimes.values()].map((r) => r.stop())]);
    },
    async closeStore() {
      await pending.current?.close();
    },
  };
}

/** Discord start-up errors no retry fixes: a missing setting, a refused token. */
function isDiscordFatal(error: unknown): boolean {
  return (
    error instanceof ConfigError ||
    (error instanceof CtBotError && error.code === "discord_token_refused")
  );
}
