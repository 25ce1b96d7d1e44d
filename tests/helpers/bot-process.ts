/**
 * Runs ct-bot as its own process (from source or from a built copy), reads its JSON logs and
 * finds the port it listens on.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../../src/content/content-dir.js";

/** A running bot process. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything written to stderr (the JSON log) so far. */
  readonly stderr: () => string;
  readonly stdout: () => string;
  /** The port from the "ct-bot is running" log line. */
  readonly port: Promise<number>;
  /** Resolves with the exit code once the process ends. */
  readonly exited: Promise<number | null>;
}

/** How to start it: `from: "source"` runs bin/ct-bot.ts through tsx; `"built"` runs dist in `cwd`. */
export interface BotProcessOptions {
  env: Record<string, string>;
  from?: "source" | "built";
  cwd?: string;
  args?: string[];
  /** The log message that carries the port; "ct-bot is running" unless set. */
  readyMessage?: string;
}

/** How long a bot may take to say it is running. */
export const START_TIMEOUT_MS = 90_000;

/** Starts the bot with only the given environment (plus PATH and HOME) and PORT=0. */
export function startBotProcess(options: BotProcessOptions): BotProcess {
  const root = packageRoot();
  const cwd = options.cwd ?? root;
  const entry =
    options.from === "built"
      ? ["dist/bin/ct-bot.js"]
      : ["--import", "tsx", join(root, "bin/ct-bot.ts")];
  const child = spawn(process.execPath, [...entry, ...(options.args ?? ["start"])], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bot did not start:\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const message = options.readyMessage ?? "ct-bot is running";
      const match = new RegExp(`"port":(\\d+)[^\\n]*"msg":"${message}"`, "u").exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited with ${code} before starting:\n${stderr}`));
    });
  });
  port.catch(() => undefined);
  return { child, stderr: () => stderr, stdout: () => stdout, port, exited };
}

/** Sends SIGTERM and resolves with the exit code and how long the exit took. */
export async function stopBotProcess(
  bot: BotProcess,
): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  bot.child.kill("SIGTERM");
  const code = await bot.exited;
  return { code, ms: Date.now() - started };
}
