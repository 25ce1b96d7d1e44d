/**
 * Slack throughput (issue 12, goal 7): signed `/ct search …` slash commands over HTTP on
 * loopback, 16 in flight, counted when the answer reaches the response_url; ct-bot beside a
 * bare Bolt app (bench/bare-bolt.mjs) that acks and posts a fixed reply to the same
 * response_url. Goal: ct-bot ≥ 0.9× the bare app's requests per second.
 *
 * Each app runs in its own process, as it is deployed: ct-bot is `node dist/bin/ct-bot.js
 * serve` (run `npm run build` first) with its real configuration, logger and store (SQLite in
 * a temporary DATA_DIR, so every request writes its retry key); the bare app is plain Bolt.
 * This process only drives them: it signs the requests before each block (untimed), sends them
 * over kept-alive connections, and is the response_url sink and the fake Slack Web API.
 *
 * Fairness: same requests (queries, signing, sink) for both; a warm-up of each first; then
 * BLOCKS pairs of blocks, the order inside a pair alternating (bare then ct-bot, then ct-bot
 * then bare…) so drift in machine speed and the order itself hit both alike. Figures: the
 * median over pairs of the pair's ratio (with the lowest and highest), each app's median
 * req/s, and each app's CPU time per request (from /proc, over all blocks), which other
 * processes on a shared machine disturb far less than wall time.
 *
 * BENCH_CPU_PROF=<dir> runs ct-bot under `node --cpu-prof` and leaves its profile in <dir>;
 * BENCH_SLACK_BLOCK and BENCH_SLACK_PAIRS change the block size (300) and pair count (12).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeSlack } from "../tests/fakes/slack/fake-slack.js";
import { commandBody, signature, slashCommand } from "../tests/fakes/slack/slack-payloads.js";
import { type ChildApp, cpuMsOf, startChildApp } from "./child-apps.js";
import { percentile } from "./stats.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "bin", "ct-bot.js");
const BARE = join(ROOT, "bench", "bare-bolt.mjs");
const SECRET = "bench-signing-secret-0000";
const TOKEN = "xoxb-0000-bench-bot-token";
const QUERIES = ["financing", "human rights", "terrorism", "G8 recommendations", "Sahel", "UN"];
const IN_FLIGHT = 16;
const WARM_UP = 300;
const BLOCK = Number(process.env.BENCH_SLACK_BLOCK ?? 300);
const BLOCKS = Number(process.env.BENCH_SLACK_PAIRS ?? 12);

/** A response_url sink: resolves the waiter of each path when its post arrives. */
function startSink(): Promise<{
  server: Server;
  url: (id: number) => string;
  wait: (id: number) => Promise<void>;
}> {
  const waiters = new Map<string, () => void>();
  const early = new Set<string>();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      const key = req.url ?? "";
      const resolve = waiters.get(key);
      if (resolve) {
        waiters.delete(key);
        resolve();
      } else early.add(key);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: (id) => `http://127.0.0.1:${port}/r/${id}`,
        wait: (id) =>
          new Promise<void>((done) => {
            const key = `/r/${id}`;
            if (early.delete(key)) done();
            else waiters.set(key, done);
          }),
      });
    });
  });
}

/** One signed slash command, ready to send. */
interface SignedCommand {
  id: number;
  body: string;
  headers: Record<string, string | number>;
}

/** One app under load: its process, and what it did over the timed blocks. */
interface Side {
  name: string;
  app: ChildApp;
  agent: Agent;
  rates: number[];
  cpuMs: number;
  /** This process's CPU over the same blocks: signing is outside them, the rest is inside. */
  driverCpuMs: number;
  requests: number;
}

/** Runs the Slack throughput benchmark and prints req/s and CPU per request of both apps. */
export async function benchSlackThroughput(): Promise<void> {
  const fake = await startFakeSlack();
  const sink = await startSink();
  const dataDir = mkdtempSync(join(tmpdir(), "ct-bot-bench-store-"));
  const env = {
    PATH: process.env.PATH,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
  };
  const profileDir = process.env.BENCH_CPU_PROF;
  const sides: Side[] = [];
  let next = 0;

  /** Builds and signs `count` commands (outside the timed part). */
  const sign = (count: number): SignedCommand[] => {
    const timestamp = Math.floor(Date.now() / 1000);
    return Array.from({ length: count }, () => {
      const id = next++;
      const body = commandBody(
        slashCommand(`search ${QUERIES[id % QUERIES.length]}`, sink.url(id)),
      );
      return {
        id,
        body,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": signature(SECRET, timestamp, body),
        },
      };
    });
  };

  /** Posts one command; resolves when it is acknowledged with 200 and its answer has arrived. */
  const send = (side: Side, command: SignedCommand): Promise<void> => {
    const answered = sink.wait(command.id);
    const acked = new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: side.app.port,
          path: "/slack/events",
          method: "POST",
          agent: side.agent,
          headers: command.headers,
        },
        (res) => {
          res.resume();
          res.once("end", () =>
            res.statusCode === 200
              ? resolve()
              : reject(new Error(`${side.name} answered ${res.statusCode}`)),
          );
        },
      );
      req.once("error", reject);
      req.end(command.body);
    });
    return acked.then(() => answered);
  };

  /**
   * Sends `count` commands to `side`, IN_FLIGHT at a time; returns the elapsed ms, the app's
   * CPU ms and this process's CPU ms.
   */
  const run = async (side: Side, count: number): Promise<[number, number, number]> => {
    const commands = sign(count);
    let sent = 0;
    const cpuBefore = cpuMsOf(side.app.child.pid);
    const driverBefore = process.cpuUsage();
    const start = performance.now();
    const worker = async () => {
      while (sent < commands.length) {
        const command = commands[sent++];
        if (command) await send(side, command);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const elapsed = performance.now() - start;
    const driver = process.cpuUsage(driverBefore);
    return [elapsed, cpuMsOf(side.app.child.pid) - cpuBefore, (driver.user + driver.system) / 1000];
  };

  try {
    const bare = await startChildApp(BARE, env, { path: "/slack/events", wanted: 0 });
    sides.push(side("bare Bolt", bare));
    const ctBot = await startChildApp(CLI, env, {
      path: "/readyz",
      wanted: 200,
      args: ["serve"],
      nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    });
    sides.push(side("ct-bot", ctBot));
    const [bareSide, ctBotSide] = sides as [Side, Side];

    for (const s of sides) await run(s, WARM_UP);
    const ratios: number[] = [];
    for (let pair = 0; pair < BLOCKS; pair++) {
      const order = pair % 2 === 0 ? [bareSide, ctBotSide] : [ctBotSide, bareSide];
      for (const s of order) {
        const [elapsed, cpu, driverCpu] = await run(s, BLOCK);
        s.rates.push(BLOCK / (elapsed / 1000));
        s.cpuMs += cpu;
        s.driverCpuMs += driverCpu;
        s.requests += BLOCK;
      }
      ratios.push((ctBotSide.rates[pair] ?? Number.NaN) / (bareSide.rates[pair] ?? Number.NaN));
    }

    const cpuPer = (s: Side) => s.cpuMs / s.requests;
    const driverPer = (s: Side) => s.driverCpuMs / s.requests;
    console.log(
      `== slack throughput (HTTP, ${IN_FLIGHT} in flight, answer posted, SQLite store; ${BLOCKS} pairs of ${BLOCK}-request blocks, each app in its own process) ==`,
    );
    for (const s of sides) {
      console.log(
        `  ${`${s.name}${s === bareSide ? ", ack + fixed reply" : " /ct search"}`.padEnd(30)} median ${percentile(s.rates, 50).toFixed(0).padStart(5)} req/s   CPU ${cpuPer(s).toFixed(2).padStart(5)} ms/request   (driver ${driverPer(s).toFixed(2)})`,
      );
    }
    console.log(
      `  ratio ct-bot / bare, req/s        median ${percentile(ratios, 50).toFixed(2)} (pairs ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})  (goal ≥ 0.9)`,
    );
    console.log(
      `  ratio ct-bot / bare, CPU/request         ${(cpuPer(ctBotSide) / cpuPer(bareSide)).toFixed(2)}  (for information: lower is cheaper)`,
    );
  } finally {
    for (const s of sides) {
      s.agent.destroy();
      await s.app.stop();
    }
    sink.server.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function side(name: string, app: ChildApp): Side {
  return {
    name,
    app,
    agent: new Agent({ keepAlive: true, maxSockets: IN_FLIGHT }),
    rates: [],
    cpuMs: 0,
    driverCpuMs: 0,
    requests: 0,
  };
}
