/**
 * A real bot process (`ct-bot serve`) keeps serving whatever a request holds, and serves
 * /healthz at once while a platform or the database is unreachable: /readyz is 503 with the
 * reason until each connects, the commands that need no store are answered meanwhile, and a
 * token the platform refuses ends the process with a clear message.
 */
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeSlack, REVOKED, startFakeSlack } from "../fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../fakes/slack/slack-payloads.js";
import { type BotProcess, startBotProcess, stopBotProcess } from "../helpers/bot-process.js";

const SECRET = "startup-signing-secret";
let fake: FakeSlack | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  if (bot && bot.child.exitCode === null) bot.child.kill("SIGKILL");
  bot = undefined;
  await fake?.close();
  fake = undefined;
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 1;
}

function serve(env: Record<string, string>, readyMessage = "ct-bot is running"): BotProcess {
  return startBotProcess({
    args: ["serve"],
    readyMessage,
    env: { DATA_DIR: mkdtempSync(join(tmpdir(), "ct-startup-")), ...env },
  });
}

async function readiness(base: string) {
  const response = await fetch(`${base}/readyz`);
  const body = (await response.json()) as {
    checks: Record<string, boolean>;
    reasons?: Record<string, string>;
  };
  return { ...body, status: response.status };
}

async function slashCommandAnswered(base: string, text: string): Promise<string> {
  const sink = fake?.responseUrl();
  if (!sink || !fake) throw new Error("no fake Slack");
  const response = await postSigned(
    `${base}/slack/events`,
    commandBody(slashCommand(text, sink.url)),
    { secret: SECRET },
  );
  expect(response.status).toBe(200);
  const post = await fake.responses.waitFor((p) => p.id === sink.id);
  return JSON.stringify(post.body);
}

describe("a request that is not a Slack payload", () => {
  it("gets 400 and the process keeps answering", { timeout: 60_000 }, async () => {
    fake = await startFakeSlack();
    bot = serve({
      SLACK_BOT_TOKEN: "xoxb-startup",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    const base = `http://127.0.0.1:${await bot.port}`;
    for (const [body, contentType] of [
      ["null", "application/json"],
      ["payload=null", "application/x-www-form-urlencoded"],
      ["[]", "application/json"],
      ['payload={"type":"block_actions","actions":null}', "application/x-www-form-urlencoded"],
    ] as const) {
      const response = await postSigned(`${base}/slack/events`, body, {
        secret: SECRET,
        contentType,
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await slashCommandAnswered(base, "principles")).toContain("principle");
    expect(bot.child.exitCode).toBeNull();
    expect(bot.stdout()).toBe("");
    expect((await stopBotProcess(bot)).code).toBe(0);
  });
});

describe("start-up while something outside is unreachable", () => {
  it("serves /healthz at once and /readyz 503 with the reason while the Slack API is unreachable", {
    timeout: 60_000,
  }, async () => {
    const port = await closedPort();
    bot = serve(
      {
        SLACK_BOT_TOKEN: "xoxb-startup",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
      },
      "ct-bot is listening",
    );
    const base = `http://127.0.0.1:${await bot.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await expect
      .poll(async () => (await readiness(base)).reasons?.slack ?? "", { timeout: 20_000 })
      .toMatch(/unreachable, retrying/u);
    const ready = await readiness(base);
    expect(ready.status).toBe(503);
    expect(ready.checks).toMatchObject({ content: true, store: true, slack: false });
    expect(bot.stderr()).not.toContain('"msg":"ct-bot is running"');
    expect((await stopBotProcess(bot)).code).toBe(0);
  });

  it("serves /healthz and /readyz 503 while Discord's gateway is unreachable", {
    timeout: 60_000,
  }, async () => {
    const port = await closedPort();
    bot = serve(
      {
        DISCORD_TOKEN: "discord-startup-token",
        DISCORD_APP_ID: "100000000000000001",
        DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
      },
      "ct-bot is listening",
    );
    const base = `http://127.0.0.1:${await bot.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await expect
      .poll(async () => (await readiness(base)).reasons?.discord ?? "", { timeout: 30_000 })
      .toMatch(/unreachable, retrying/u);
    expect((await readiness(base)).status).toBe(503);
    expect((await stopBotProcess(bot)).code).toBe(0);
  });

  it("answers commands that need no store while PostgreSQL is unreachable, not ready meanwhile", {
    timeout: 60_000,
  }, async () => {
    fake = await startFakeSlack();
    const port = await closedPort();
    bot = serve(
      {
        SLACK_BOT_TOKEN: "xoxb-startup",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        DATABASE_URL: `postgres://ct:ct@127.0.0.1:${port}/ct`,
      },
      "ct-bot is listening",
    );
    const base = `http://127.0.0.1:${await bot.port}`;
    await expect
      .poll(async () => (await readiness(base)).reasons?.store ?? "", { timeout: 20_000 })
      .toMatch(/unreachable, retrying/u);
    const ready = await readiness(base);
    expect(ready.status).toBe(503);
    expect(ready.checks.store).toBe(false);
    await expect
      .poll(async () => (await readiness(base)).checks.slack, { timeout: 20_000 })
      .toBe(true);
    expect(await slashCommandAnswered(base, "principles")).toContain("principle");
    expect(bot.child.exitCode).toBeNull();
    expect((await stopBotProcess(bot)).code).toBe(0);
  });

  it("ends with a clear message when Slack refuses the bot token (invalid_auth)", {
    timeout: 60_000,
  }, async () => {
    fake = await startFakeSlack();
    bot = serve(
      {
        SLACK_BOT_TOKEN: `xoxb-${REVOKED}-0000`,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
      },
      "ct-bot is listening",
    );
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain("ct-bot: An API error occurred: invalid_auth");
    expect(bot.stderr()).not.toContain(`xoxb-${REVOKED}-0000`);
  });
});
