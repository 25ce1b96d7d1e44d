/**
 * Cold start (issue 12, goal 6), whole processes from dist/ (run `npm run build` first):
 * - Slack HTTP mode, spawn → first `GET /healthz` 200, beside a bare Bolt app (bench/bare-bolt.mjs),
 *   spawn → its port answers; goal ≤ 1.15×. Both talk to the same fake Slack Web API. ct-bot
 *   listens before it loads its content and Bolt (liveness), so the same process is also timed
 *   to its first `GET /readyz` 200 (content loaded, store open, Slack connected: commands are
 *   answered), for information beside the same bare app: that is the whole start-up.
 * - the console, `echo help | ct-bot` spawn → the answer's first byte on stdout (goal < 0.5 s),
 *   and → exit.
 * Fairness: one warm-up of each, then alternating runs (A B A B …), medians; the same Node,
 * the same machine state for both. A run that fails to start throws (a broken run).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeSlack } from "../tests/fakes/slack/fake-slack.js";
import { freePort } from "./child-apps.js";
import { ms, percentile } from "./stats.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "bin", "ct-bot.js");
const BARE = join(ROOT, "bench", "bare-bolt.mjs");
const RUNS = 9;

/** A path to poll and the status that ends the wait (any status when 0). */
interface Stage {
  path: string;
  wanted: number;
}

/** Spawns `args` and resolves with ms until each stage's path answers, one stage after another. */
async function timeToServe(
  args: string[],
  env: NodeJS.ProcessEnv,
  stages: readonly Stage[],
): Promise<number[]> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-400);
  });
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const times: number[] = [];
  try {
    for (const { path, wanted } of stages) {
      for (;;) {
        if (exited) throw new Error(`${args.join(" ")} exited before serving: ${stderr}`);
        if (performance.now() - start > 60_000)
          throw new Error(`${args.join(" ")} did not serve ${path} in 60 s`);
        const status = await fetch(`http://127.0.0.1:${port}${path}`).then(
          (r) => r.arrayBuffer().then(() => r.status),
          () => -1,
        );
        if (status === wanted || (wanted === 0 && status > 0)) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    child.kill("SIGKILL");
  }
}

/**
 * Spawns the console with `help` on stdin; resolves with ms until the first byte of the answer
 * reaches stdout (the console prints nothing else there when stdin is not a terminal), and
 * until the process exits.
 */
function timeConsole(): Promise<{ answer: number; exit: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, [CLI], {
    env: { PATH: process.env.PATH },
    stdio: ["pipe", "pipe", "ignore"],
  });
  let answer = Number.NaN;
  child.stdout.on("data", () => {
    if (Number.isNaN(answer)) answer = performance.now() - start;
  });
  child.stdin.end("help\n");
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 && !Number.isNaN(answer)
        ? resolve({ answer, exit: performance.now() - start })
        : reject(new Error(`console exited ${code} (answered: ${!Number.isNaN(answer)})`)),
    ),
  );
}

/** Runs the cold-start benchmark and prints medians and the ratio. */
export async function benchColdStart(): Promise<void> {
  if (!existsSync(CLI)) throw new Error("dist/ is missing: run npm run build first");
  const fake = await startFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), "ct-bot-bench-cold-"));
  const env = {
    PATH: process.env.PATH,
    SLACK_BOT_TOKEN: "xoxb-0000-bench-bot-token",
    SLACK_SIGNING_SECRET: "bench-signing-secret-0000",
    SLACK_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: "error",
  };
  try {
    const ctBot: number[] = [];
    const ctBotReady: number[] = [];
    const bare: number[] = [];
    const consoleAnswers: number[] = [];
    const consoleExits: number[] = [];
    const liveThenReady = [
      { path: "/healthz", wanted: 200 },
      { path: "/readyz", wanted: 200 },
    ];
    for (let i = 0; i <= RUNS; i++) {
      const [a = Number.NaN, ready = Number.NaN] = await timeToServe([CLI], env, liveThenReady);
      const [b = Number.NaN] = await timeToServe([BARE], env, [
        { path: "/slack/events", wanted: 0 },
      ]);
      const c = await timeConsole();
      if (i === 0) continue; // warm-up: disk cache, fake Slack's first calls
      ctBot.push(a);
      ctBotReady.push(ready);
      bare.push(b);
      consoleAnswers.push(c.answer);
      consoleExits.push(c.exit);
    }
    const ratios = ctBot.map((a, i) => a / (bare[i] ?? Number.NaN));
    const readyRatios = ctBotReady.map((a, i) => a / (bare[i] ?? Number.NaN));
    console.log(`== cold start (whole processes, ${RUNS} alternating runs, medians) ==`);
    console.log(
      `  bare Bolt HTTP, spawn → port answers   ${ms(percentile(bare, 50)).padStart(9)}   (runs ${range(bare)})`,
    );
    console.log(
      `  ct-bot Slack HTTP, spawn → /healthz    ${ms(percentile(ctBot, 50)).padStart(9)}   ratio ${percentile(ratios, 50).toFixed(2)} (goal ≤ 1.15; runs ${range(ratios, 2)})`,
    );
    console.log(
      `  ct-bot Slack HTTP, spawn → /readyz 200 ${ms(percentile(ctBotReady, 50)).padStart(9)}   ratio ${percentile(readyRatios, 50).toFixed(2)} (for information: commands answered)`,
    );
    console.log(
      `  ct-bot console, echo help → answer     ${ms(percentile(consoleAnswers, 50)).padStart(9)}   (goal < 500 ms; runs ${range(consoleAnswers)})`,
    );
    console.log(
      `  ct-bot console, echo help → exit       ${ms(percentile(consoleExits, 50)).padStart(9)}`,
    );
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** "lowest–highest" of `values`, in ms (or as plain numbers with `digits`). */
function range(values: readonly number[], digits?: number): string {
  const show = (v: number) => (digits === undefined ? ms(v) : v.toFixed(digits));
  return `${show(Math.min(...values))}–${show(Math.max(...values))}`;
}
