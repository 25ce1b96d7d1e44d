/**
 * The platform path of `ct-bot start` and `ct-bot serve`: the HTTP server first (/healthz at
 * once, /readyz 503 saying what is still starting), then everything behind it loads and
 * connects in the background (app/startup/start-services.ts: content, bot, store, platforms,
 * daily scheduler, source pages, content reload), and a graceful stop on SIGTERM. Loaded
 * only when a platform is configured, so the console never pays for Bolt, discord.js, the
 * store drivers or prom-client.
 */
import type { ReadinessCheck } from "../src/runtime/http.js";
import { createLogger, type Logger } from "../src/runtime/logger.js";
import { createMetrics } from "../src/runtime/metrics.js";
import { type AppConfig, secretsOf } from "./config.js";
import { addHealthRoutes } from "./http/health-routes.js";
import { createHttpServer } from "./http/http-server.js";
import { guardProcess } from "./process-guard.js";
import { platformsToRun } from "./startup/platforms-to-run.js";
import type { Services } from "./startup/start-services.js";

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** What /readyz says of a check whose service has not started loading yet. */
export const STARTING_REASON = "starting";

/**
 * Runs the configured platforms; resolves once the HTTP server listens and the content is
 * loaded. The server listens before anything else loads or anything outside is reached, so
 * /healthz answers at once; the store and each platform then connect in the background,
 * retrying with backoff, and /readyz says 503 with the reason until they are up. Rejects with
 * ContentError (the server closed again) when the content is invalid. A platform refusing
 * its token is fatal: the process logs why and exits 1.
 */
export async function serve(config: AppConfig): Promise<void> {
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  guardProcess(logger);
  const metrics = createMetrics();
  const http = createHttpServer(logger);
  const stopping = new AbortController();
  let services: Services | undefined;
  const names = platformsToRun(config);
  const checks: ReadinessCheck[] = ["content", "store", ...names].map((name) => ({
    name,
    probe: () => services?.checks.get(name)?.probe() ?? false,
    reason: () => (services ? services.checks.get(name)?.reason?.() : STARTING_REASON),
  }));
  addHealthRoutes(http, checks, metrics.registry, () => ({
    content: services?.stale ? "stale" : "current",
  }));
  const shutDown = async () => {
    // Stop taking work first, then let replies and sends in flight finish, then close the store.
    stopping.abort();
    const closing = http.close();
    await services?.stopWork();
    await closing;
    await services?.closeStore();
  };
  const fatal = (error: unknown) => {
    logger.fatal({ err: error }, "start-up failed");
    process.stderr.write(`ct-bot: ${error instanceof Error ? error.message : String(error)}\n`);
    void shutDown().finally(() => process.exit(1));
  };
  stopOnSignals(logger, shutDown);
  const port = await http.listen(config.port);
  const store = config.databaseUrl ? "postgres" : "sqlite";
  logger.info({ port, platforms: names, store }, "ct-bot is listening");
  try {
    const { startServices } = await import("./startup/start-services.js");
    if (stopping.signal.aborted) return;
    services = startServices({
      config,
      logger,
      metrics,
      http,
      port,
      signal: stopping.signal,
      fatal,
    });
  } catch (error) {
    stopping.abort();
    await http.close();
    throw error;
  }
}

/** On SIGTERM or SIGINT: stop taking work, finish what is in flight, exit within the grace period. */
function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const deadline = setTimeout(() => {
      logger.warn("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
