/**
 * Slack benchmark: p50/p99 latency of a signed `/ct search …` through HTTP mode on loopback,
 * from sending the request to the moment the answer reaches the response_url, next to a bare
 * Bolt app that only acknowledges (no work), run side by side (interleaved) in the same run.
 */
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { startSlack } from "../adapters/slack/index.js";
import { loadConfig } from "../app/config.js";
import { createHttpServer } from "../app/http/http-server.js";
import { createBot } from "../src/commands/create-bot.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { silentLogger } from "../src/runtime/logger.js";
import { startFakeSlack } from "../tests/fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../tests/fakes/slack/slack-payloads.js";
import { summary } from "./stats.js";

const SECRET = "bench-signing-secret-0000";
const TOKEN = "xoxb-0000-bench-bot-token";
const QUERIES = [
  "financing",
  "human rights",
  "terrorism",
  "G8 recommendations",
  "cooperation",
  "Sahel",
];
const WARM_UP = 50;
const SAMPLES = 300;

/** Runs the Slack benchmark and prints its figures. */
export async function benchSlack(): Promise<void> {
  const fake = await startFakeSlack();
  const logger = silentLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  const bot = createBot({ content: loadContent([defaultContentDir()]), logger });
  const http = createHttpServer(logger);
  const runtime = await startSlack({ config, bot, logger, http });
  const ctBotUrl = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}/slack/events`;

  const bare = new App({
    token: TOKEN,
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: fake.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  bare.command("/ct", async ({ ack }) => {
    await ack();
  });
  const bareServer = await bare.start({ port: 0, host: "127.0.0.1" });
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/slack/events`;

  const bareAck: number[] = [];
  const ctBotAck: number[] = [];
  const ctBotAnswer: number[] = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const text = `search ${QUERIES[i % QUERIES.length]}`;
    const record = i >= WARM_UP;
    // Alternate which goes first, so neither always runs on a warmer path.
    const runs = [
      async () => {
        const { ack } = await send(bareUrl, slashCommand(text, fake.responseUrl().url));
        if (record) bareAck.push(ack);
      },
      async () => {
        const target = fake.responseUrl();
        const { start, ack } = await send(ctBotUrl, slashCommand(text, target.url));
        await fake.responses.waitFor((post) => post.id === target.id);
        if (record) {
          ctBotAck.push(ack);
          ctBotAnswer.push(performance.now() - start);
        }
      },
    ];
    if (i % 2 === 1) runs.reverse();
    for (const run of runs) await run();
  }

  console.log("== slack (HTTP mode, loopback) ==");
  console.log(summary("  bare Bolt, ack only", bareAck));
  console.log(summary("  ct-bot /ct search, ack", ctBotAck));
  console.log(summary("  ct-bot /ct search, answer posted", ctBotAnswer));

  await bare.stop();
  await runtime.stop();
  await http.close();
  await fake.close();
}

/** Posts a signed slash command; resolves when acknowledged, with its start time and ack latency. */
async function send(
  url: string,
  fields: Record<string, string>,
): Promise<{ start: number; ack: number }> {
  const body = commandBody(fields);
  const start = performance.now();
  const response = await postSigned(url, body, { secret: SECRET });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { start, ack: performance.now() - start };
}
