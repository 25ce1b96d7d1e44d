/**
 * Slack throughput (issue 12, goal 7): signed `/ct search …` slash commands over HTTP on
 * loopback, 16 in flight, counted when the answer reaches the response_url; ct-bot beside a
 * bare Bolt app that acks and posts a fixed reply to the same response_url. Goal: ct-bot ≥ 0.9×
 * the bare app's requests per second.
 *
 * Fairness: both apps run in this process on the same event loop, get the same requests (same
 * queries, same signing) and post to the same response_url sink (a plain node:http server);
 * ct-bot runs with the store it really uses (SQLite in a temporary DATA_DIR, so every request
 * writes its retry key); both warm up first, then run in alternating blocks (bare, ct-bot,
 * bare, ct-bot, …) so drift in machine speed hits both alike; the figure is the total over
 * all blocks.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, LogLevel } from "@slack/bolt";
import { startSlack } from "../adapters/slack/index.js";
import { loadConfig } from "../app/config.js";
import { createHttpServer } from "../app/http/http-server.js";
import { createBot } from "../src/commands/create-bot.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { silentLogger } from "../src/runtime/logger.js";
import { openStore } from "../src/store/create-store.js";
import { startFakeSlack } from "../tests/fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../tests/fakes/slack/slack-payloads.js";

const SECRET = "bench-signing-secret-0000";
const TOKEN = "xoxb-0000-bench-bot-token";
const QUERIES = ["financing", "human rights", "terrorism", "G8 recommendations", "Sahel", "UN"];
const IN_FLIGHT = 16;
const WARM_UP = 200;
const BLOCK = 400;
const BLOCKS = 3;

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

/** Runs the Slack throughput benchmark and prints req/s of both apps and their ratio. */
export async function benchSlackThroughput(): Promise<void> {
  const fake = await startFakeSlack();
  const sink = await startSink();
  const dataDir = mkdtempSync(join(tmpdir(), "ct-bot-bench-store-"));
  const logger = silentLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
  });
  const store = await openStore(config);
  const bot = createBot({ content: loadContent([defaultContentDir()]), logger });
  const http = createHttpServer(logger);
  const runtime = await startSlack({ config, bot, logger, http, store });
  const ctBotUrl = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}/slack/events`;

  const bare = new App({
    token: TOKEN,
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: fake.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  bare.command("/ct", async ({ ack, respond }) => {
    await ack();
    await respond({ text: "A fixed reply.", response_type: "ephemeral" });
  });
  const bareServer = await bare.start({ port: 0, host: "127.0.0.1" });
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/slack/events`;

  let next = 0;
  /** Sends `count` commands to `url`, IN_FLIGHT at a time; returns elapsed ms. */
  const run = async (url: string, count: number): Promise<number> => {
    let sent = 0;
    const start = performance.now();
    const worker = async () => {
      while (sent < count) {
        sent++;
        const id = next++;
        const answered = sink.wait(id);
        const body = commandBody(
          slashCommand(`search ${QUERIES[id % QUERIES.length]}`, sink.url(id)),
        );
        const response = await postSigned(url, body, { secret: SECRET });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        await answered;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    return performance.now() - start;
  };

  try {
    await run(bareUrl, WARM_UP);
    await run(ctBotUrl, WARM_UP);
    let bareMs = 0;
    let ctBotMs = 0;
    for (let block = 0; block < BLOCKS; block++) {
      bareMs += await run(bareUrl, BLOCK);
      ctBotMs += await run(ctBotUrl, BLOCK);
    }
    const bareRate = (BLOCK * BLOCKS) / (bareMs / 1000);
    const ctBotRate = (BLOCK * BLOCKS) / (ctBotMs / 1000);
    console.log(
      `== slack throughput (HTTP, ${IN_FLIGHT} in flight, answer posted, SQLite store) ==`,
    );
    console.log(`  bare Bolt, ack + fixed reply     ${bareRate.toFixed(0).padStart(6)} req/s`);
    console.log(`  ct-bot /ct search                ${ctBotRate.toFixed(0).padStart(6)} req/s`);
    console.log(
      `  ratio ct-bot / bare              ${(ctBotRate / bareRate).toFixed(2).padStart(6)}  (goal ≥ 0.9)`,
    );
  } finally {
    await bare.stop();
    await runtime.stop();
    await http.close();
    await store.close();
    sink.server.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
