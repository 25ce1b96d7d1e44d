/**
 * Runs the real `ct-bot` executable from source (through tsx), as a user would.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../../src/content/content-dir.js";

/** What a CLI run printed and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const PLATFORM_VARIABLES =
  /^(SLACK_|DISCORD_|DATABASE_URL|DATA_DIR|CT_ENCRYPTION_KEY|LOG_LEVEL|PORT)/u;

/** Runs `ct-bot ...args` with `stdin` piped in and a clean platform environment plus `env`. */
export function runCli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const root = packageRoot();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !PLATFORM_VARIABLES.test(key)),
  );
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "bin/ct-bot.ts"), ...args], {
    cwd: root,
    env: { ...env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.stdin ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
