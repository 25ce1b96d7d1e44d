/**
 * `ct-bot` / `ct-bot start` / `ct-bot serve`: the console bot when no platform is configured
 * (`start` only), else the platforms (app/serve.ts, loaded on that path alone).
 */
import type { Language } from "../src/i18n/language.js";
import { CtBotError } from "../src/runtime/errors.js";
import { createLogger, silentLogger } from "../src/runtime/logger.js";
import { type AppConfig, secretsOf } from "./config.js";

/** `ct-bot serve` was asked to run with no platform to serve. */
export class NoPlatformError extends CtBotError {
  constructor() {
    super(
      "no_platform",
      "no platform configured: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET (Slack), or DISCORD_TOKEN or DISCORD_PUBLIC_KEY with DISCORD_APP_ID (Discord)",
    );
  }
}

/**
 * Starts the bot; resolves when a console session ends or the HTTP server is up. `serve`
 * never falls back to the console: with no platform configured it throws
 * {@link NoPlatformError}. See app/serve.ts for the platform path.
 */
export async function start(
  config: AppConfig,
  mode: "start" | "serve" = "start",
  language?: Language,
): Promise<void> {
  if (!config.slack && !config.discord) {
    if (mode === "serve") throw new NoPlatformError();
    return startConsole(config, language);
  }
  const { serve } = await import("./serve.js");
  return serve(config);
}

async function startConsole(config: AppConfig, language: Language | undefined): Promise<void> {
  // The console bot is for people: keep logs out of the way unless LOG_LEVEL asks for them.
  const logger = createLogger({
    level: config.logLevelSet ? config.logLevel : "error",
    secrets: secretsOf(config),
  });
  // Imported here: the platform path loads the bot after its server listens (app/serve.ts),
  // and never the console's text layout.
  const [{ loadBot }, { runConsoleBot }, { createTranslator }, { createContentReloader }] =
    await Promise.all([
      import("./load-bot.js"),
      import("../adapters/console/console-bot.js"),
      import("../src/i18n/translator.js"),
      import("./content-reload.js"),
    ]);
  const bot = loadBot(config, logger);
  const interactive = process.stdin.isTTY === true;
  const { t } = createTranslator(language);
  process.stderr.write(`${t("console.noTokens")}\n`);
  // As the services do: SIGHUP, or CONTENT_WATCH=1, reloads the content (README "Add a source").
  // Its problems are for `content check` to list: here one plain line says so, not JSON logs.
  const reloader = createContentReloader({
    config,
    bot,
    logger: silentLogger(),
    onReload: (outcome, problems) =>
      process.stderr.write(
        `${outcome === "reloaded" ? t("console.reloaded") : t("console.reloadKept", { problems })}\n`,
      ),
  });
  try {
    await runConsoleBot(bot, {
      input: process.stdin,
      output: process.stdout,
      interactive,
      color: interactive && process.stdout.isTTY === true && !config.noColor,
      ...(language === undefined ? {} : { language }),
    });
  } finally {
    reloader.stop();
  }
}
