/**
 * The `ct-bot` command line: start the bot, ask one question, check content, and the
 * platform set-up commands.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ServeHealth } from "../adapters/platform.js";
import { packageRoot } from "../src/content/content-dir.js";
import { argsProblem } from "../src/runtime/cli-args.js";
import { ConfigError, ContentError, formatContentIssue } from "../src/runtime/errors.js";
import { cliCommand, cliUsage, commandHelp, groupHelp, wantsHelp } from "./cli-help.js";
import { type AppConfig, loadConfig } from "./config.js";
import { LanguageFlagError, readerLanguage } from "./language-flag.js";

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // `ct-bot --lang fr` is `ct-bot start --lang fr`.
  const [command = "start", ...rest] = argv[0]?.startsWith("--lang") ? ["start", ...argv] : argv;
  endQuietlyOnClosedOutput();
  const help = wantsHelp(rest) ? commandHelpText(command, rest) : undefined;
  if (help !== undefined) {
    process.stdout.write(help);
    return 0;
  }
  try {
    switch (command) {
      // Each command imports what it runs when it runs: `help` loads no content, `serve` no
      // document parsers (pdf.js, mammoth…), and no command loads another's modules.
      case "start": {
        const { values } = parseArgs({ args: rest, options: { lang: { type: "string" } } });
        const config = loadConfig();
        const language = readerLanguage(values.lang, config.terminalLanguage);
        const { start } = await import("./start.js");
        await start(config, "start", language);
        return 0;
      }
      case "serve": {
        const { start } = await import("./start.js");
        await start(loadConfig(), "serve");
        return 0;
      }
      case "ask": {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { json: { type: "boolean" }, lang: { type: "string" } },
          allowPositionals: true,
        });
        const config = loadConfig();
        const language = readerLanguage(values.lang, config.terminalLanguage);
        const [{ ask }, { loadBot }, logger] = await Promise.all([
          import("./ask.js"),
          import("./load-bot.js"),
          quietLogger(config),
        ]);
        const bot = loadBot(config, logger);
        await ask(
          bot,
          // Only no text argument at all reads stdin: `ask ""` is a (blank) question.
          positionals.length === 0 ? undefined : positionals.join(" "),
          values.json === true,
          process.stdin,
          process.stdout,
          language,
        );
        return 0;
      }
      case "content": {
        // The importers (PDF, DOCX and HTML readers) load only for `content import`: the
        // console and the platforms never use them, and they were a third of start-up.
        if (rest[0] === "import") {
          const { runContentImport } = await import("../src/content/import/run-content-import.js");
          return await runContentImport(rest.slice(1), {
            out: process.stdout,
            err: process.stderr,
          });
        }
        const { values, positionals } = parseArgs({
          args: rest,
          options: { dir: { type: "string", multiple: true } },
          allowPositionals: true,
        });
        if (positionals[0] !== "check")
          return usage(
            positionals[0] === undefined
              ? "content needs a command: check or import"
              : `unknown content command: ${positionals[0]}; use check or import`,
          );
        const { contentCheck } = await import("./content-check.js");
        return contentCheck(values.dir, process.stdout, process.stderr);
      }
      // Each platform's CLI is imported only when asked for: other commands never load its SDK.
      case "slack": {
        const { slackCli } = await import("../adapters/slack/cli.js");
        return await slackCli(rest, { out: process.stdout, err: process.stderr });
      }
      case "discord": {
        const { discordCli } = await import("../adapters/discord/cli.js");
        return await discordCli(rest, {
          out: process.stdout,
          err: process.stderr,
          serveHealth,
        });
      }
      case "secrets": {
        const { secretsCli } = await import("./secrets-rotate.js");
        return await secretsCli(rest, loadConfig(), { out: process.stdout, err: process.stderr });
      }
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(cliUsage());
        return 0;
      case "--version":
      case "-v":
        process.stdout.write(`${version()}\n`);
        return 0;
      default:
        return usage(`unknown command: ${command}`);
    }
  } catch (error) {
    return reportFatal(error, command === "ask");
  }
}

/**
 * A reader that stops early (`ct-bot ask --json | head -1`) closes our stdout: the next write
 * fails with EPIPE. That is the reader's choice, not an error: end at once, exit 0, no trace.
 */
let outputGuarded = false;
function endQuietlyOnClosedOutput(): void {
  if (outputGuarded) return;
  outputGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
  }
}

function usage(problem: string): number {
  process.stderr.write(`ct-bot: ${problem}\n\n${cliUsage()}`);
  return 2;
}

/**
 * What `ct-bot <command> [subcommand] … --help` prints: that command's own help. `content
 * --help` lists both content commands; undefined for the platform and secrets groups (they
 * print their own usage, as `ct-bot slack help` does) and for unknown commands.
 */
function commandHelpText(command: string, rest: readonly string[]): string | undefined {
  const leaf = cliCommand(`${command} ${rest[0] ?? ""}`) ?? cliCommand(command);
  if (leaf !== undefined) return commandHelp(leaf);
  return command === "content" ? groupHelp(command) : undefined;
}

/** One-shot commands log only errors unless LOG_LEVEL says otherwise. */
async function quietLogger(config: AppConfig) {
  const { createLogger } = await import("../src/runtime/logger.js");
  return createLogger({ level: config.logLevelSet ? config.logLevel : "error" });
}

/**
 * Prints a failure people can act on, as `ct-bot: …` lines (never a stack trace); returns the
 * exit code. `takesText`: the command reads text after its options (the `--` hint helps).
 */
function reportFatal(error: unknown, takesText: boolean): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`ct-bot: ${error.message}\n`);
    return 1;
  }
  if (error instanceof LanguageFlagError) return usage(error.message);
  if (error instanceof ContentError) {
    process.stderr.write(`ct-bot: the content is invalid (run ct-bot content check):\n`);
    for (const issue of error.issues) process.stderr.write(`  ${formatContentIssue(issue)}\n`);
    return 1;
  }
  const problem = argsProblem(error, takesText);
  if (problem !== undefined) return usage(problem);
  process.stderr.write(`ct-bot: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** The shard supervisor's health server: /healthz and /readyz on `port`. */
const serveHealth: ServeHealth = async (checks, port, logger) => {
  const [{ createHttpServer }, { addHealthRoutes }, { Registry }] = await Promise.all([
    import("./http/http-server.js"),
    import("./http/health-routes.js"),
    import("prom-client"),
  ]);
  const http = createHttpServer(logger);
  addHealthRoutes(http, checks, new Registry());
  return { port: await http.listen(port), close: () => http.close() };
};
