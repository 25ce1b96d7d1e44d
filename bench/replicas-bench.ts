/**
 * Replica benchmark: throughput of signed Slack slash commands on loopback for one and two
 * ct-bot processes (HTTP mode) sharing one PostgreSQL database, requests spread round-robin as
 * a load balancer would. Latency is measured from sending the command to its answer reaching
 * the response_url; requests/s counts answered commands with zero errors required.
 */
import { availableParallelism } from "node:os";
import pg from "pg";
import { startFakeSlack } from "../tests/fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../tests/fakes/slack/slack-payloads.js";
import { type BotProcess, startBotProcess, stopBotProcess } from "../tests/helpers/bot-process.js";
import {
  dropSchema,
  freshSchema,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../tests/helpers/postgres.js";
import { summary } from "./stats.js";

const SECRET = "bench-replicas-signing-secret";
const QUERIES = [
  "financing",
  "human rights",
  "GCTF",
  "partners India",
  "principles",
  "Sahel",
  "counter-terrorism diplomacy",
  "ISIS",
];
const CONCURRENCY = 16;
const WARM_UP = 100;
const REQUESTS = 1500;

/** Runs the benchmark for 1 and 2 replicas and prints the figures. */
export async function benchReplicas(): Promise<void> {
  console.log("== replicas (Slack HTTP mode, PostgreSQL shared, loopback) ==");
  // Replicas, load generator, fake Slack and PostgreSQL all share this machine's cores.
  console.log(
    `  ${availableParallelism()} CPU cores shared by the replicas, the load, the fake Slack and PostgreSQL`,
  );
  const missing = await postgresUnavailable();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  for (const replicas of [1, 2]) await run(replicas);
}

async function run(count: number): Promise<void> {
  const schema = freshSchema();
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const fake = await startFakeSlack();
  const processes: BotProcess[] = [];
  try {
    for (let i = 0; i < count; i++) {
      processes.push(
        startBotProcess({
          env: {
            LOG_LEVEL: "info",
            SLACK_BOT_TOKEN: "xoxb-bench-replicas",
            SLACK_SIGNING_SECRET: SECRET,
            SLACK_API_URL: fake.apiUrl,
            DATABASE_URL: url.toString(),
          },
        }),
      );
    }
    const ports = await Promise.all(processes.map((p) => p.port));
    const targets = ports.map((port) => `http://127.0.0.1:${port}/slack/events`);

    let next = 0;
    let errors = 0;
    const latencies: number[] = [];
    const send = async (i: number, record: boolean) => {
      const sink = fake.responseUrl();
      const body = commandBody(slashCommand(`search ${QUERIES[i % QUERIES.length]}`, sink.url));
      const started = performance.now();
      try {
        const response = await postSigned(targets[i % targets.length] ?? "", body, {
          secret: SECRET,
        });
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        await fake.responses.waitFor((post) => post.id === sink.id, 10_000);
        if (record) latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    };
    const drive = async (total: number, record: boolean) => {
      next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < total; i = next++) await send(i, record);
        }),
      );
    };
    await drive(WARM_UP, false);
    const started = performance.now();
    await drive(REQUESTS, true);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${summary(`  ${count} replica${count > 1 ? "s" : ""}, ${CONCURRENCY} in flight`, latencies)}  ${(latencies.length / seconds).toFixed(0)} req/s  errors ${errors}`,
    );
  } finally {
    await Promise.all(processes.map((p) => stopBotProcess(p)));
    await fake.close();
    await dropSchema(schema);
  }
}
