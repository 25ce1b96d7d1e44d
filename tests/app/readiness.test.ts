/**
 * Operations endpoints of a running bot: readiness follows the store (down → 503, back → 200)
 * and /metrics counts commands and empty searches without keeping what was typed.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../fakes/slack/slack-payloads.js";
import { type BotProcess, startBotProcess, stopBotProcess } from "../helpers/bot-process.js";
import {
  dropSchema,
  freshSchema,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../helpers/postgres.js";

const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`skipping the readiness test: ${pgMissing}`);

const SECRET = "readiness-signing-secret";
const schema = freshSchema();
let fake: FakeSlack | undefined;
let bot: BotProcess | undefined;
let proxy: { server: Server; sockets: Set<Socket> } | undefined;

/** A TCP proxy to PostgreSQL on `port` (0: any): closing it is the database going away. */
async function startProxy(port: number): Promise<number> {
  const target = new URL(TEST_DATABASE_URL);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  proxy = { server, sockets };
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  return typeof address === "object" && address ? address.port : port;
}

async function stopProxy(): Promise<void> {
  if (!proxy) return;
  for (const socket of proxy.sockets) socket.destroy();
  const { server } = proxy;
  proxy = undefined;
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function readiness(
  base: string,
): Promise<{ status: number; checks: Record<string, boolean> }> {
  const response = await fetch(`${base}/readyz`);
  return {
    status: response.status,
    checks: ((await response.json()) as { checks: Record<string, boolean> }).checks,
  };
}

afterAll(async () => {
  if (bot && bot.child.exitCode === null) bot.child.kill("SIGKILL");
  await stopProxy();
  await fake?.close();
  if (!pgMissing) await dropSchema(schema);
});

describe.skipIf(pgMissing !== undefined)("operations endpoints", () => {
  it("report not ready while the store is unreachable, ready again once it is back", {
    timeout: 60_000,
  }, async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    const port = await startProxy(0);
    const url = new URL(TEST_DATABASE_URL);
    url.host = `127.0.0.1:${port}`;
    url.searchParams.set("options", `-c search_path=${schema}`);

    fake = await startFakeSlack();
    bot = startBotProcess({
      env: {
        SLACK_BOT_TOKEN: "xoxb-readiness",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        DATABASE_URL: url.toString(),
      },
    });
    const base = `http://127.0.0.1:${await bot.port}`;
    expect(await readiness(base)).toEqual({
      status: 200,
      checks: { content: true, store: true, slack: true },
    });

    await stopProxy();
    expect(await readiness(base)).toEqual({
      status: 503,
      checks: { content: true, store: false, slack: true },
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await startProxy(port);
    await expect.poll(async () => (await readiness(base)).status, { timeout: 15_000 }).toBe(200);

    const sink = fake.responseUrl();
    await postSigned(
      `${base}/slack/events`,
      commandBody(slashCommand("search zebra pizza", sink.url)),
      { secret: SECRET },
    );
    await fake.responses.waitFor((post) => post.id === sink.id);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /ctbot_commands_total\{platform="slack",command="search",outcome="notice"\} 1/u,
    );
    expect(metrics).toMatch(/ctbot_searches_without_results_total\{platform="slack"\} 1/u);
    expect(metrics).toMatch(
      /ctbot_store_seconds_count\{store="postgres",operation="[a-zA-Z]+"\} \d+/u,
    );
    expect(metrics).not.toContain("zebra");

    expect((await stopBotProcess(bot)).code).toBe(0);
  });
});
