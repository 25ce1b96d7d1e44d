/**
 * Secrets never reach the logs: a full run of the bot (Slack and Discord over HTTP,
 * PostgreSQL with a password, debug logging), with refused signatures and a failed start-up,
 * and not one token, secret or password in what it printed.
 */
import { generateKeyPairSync, sign } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../fakes/slack/slack-payloads.js";
import { startBotProcess, stopBotProcess } from "../helpers/bot-process.js";
import {
  dropSchema,
  freshSchema,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../helpers/postgres.js";

const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`secrets test runs on SQLite only: ${pgMissing}`);

const SECRETS = {
  SLACK_BOT_TOKEN: "xoxb-111-222-SeCrEtBoTtOkEn",
  SLACK_SIGNING_SECRET: "signing-secret-3b9c0d1e2f",
  DISCORD_TOKEN: "discord.bot.TOKEN-5f6a7b8c9d",
  DB_PASSWORD: "pg-password-7e8f9a",
};

const keys = generateKeyPairSync("ed25519");
const publicKeyHex = keys.publicKey
  .export({ format: "der", type: "spki" })
  .subarray(-32)
  .toString("hex");
let fake: FakeSlack | undefined;
const schema = freshSchema();

afterAll(async () => {
  await fake?.close();
  rmSync(`/tmp/ct-secrets-${schema}`, { recursive: true, force: true });
  if (!pgMissing) await dropSchema(schema);
});

function discordPost(url: string, body: string, good: boolean): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString("hex");
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": good ? signature : "00".repeat(64),
      "x-signature-timestamp": timestamp,
    },
    body,
  });
}

async function databaseUrl(): Promise<Record<string, string>> {
  if (pgMissing) return {};
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(TEST_DATABASE_URL);
  url.password = SECRETS.DB_PASSWORD;
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { DATABASE_URL: url.toString() };
}

describe("logs", () => {
  it("hold no secret across a full run, refused requests and a failed start", {
    timeout: 60_000,
  }, async () => {
    fake = await startFakeSlack();
    const env = {
      LOG_LEVEL: "debug",
      DATA_DIR: `/tmp/ct-secrets-${schema}`,
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DISCORD_APP_ID: "123456789012345678",
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_TOKEN: SECRETS.DISCORD_TOKEN,
      ...(await databaseUrl()),
    };
    const bot = startBotProcess({ env });
    const base = `http://127.0.0.1:${await bot.port}`;

    const sink = fake.responseUrl();
    const slack = `${base}/slack/events`;
    expect(
      (
        await postSigned(slack, commandBody(slashCommand("search financing", sink.url)), {
          secret: SECRETS.SLACK_SIGNING_SECRET,
        })
      ).status,
    ).toBe(200);
    await fake.responses.waitFor((post) => post.id === sink.id);
    expect(
      (
        await postSigned(slack, commandBody(slashCommand("principles", sink.url)), {
          secret: "wrong-secret",
        })
      ).status,
    ).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect(
      (
        await postSigned(slack, commandBody(slashCommand("principles", sink.url)), {
          secret: SECRETS.SLACK_SIGNING_SECRET,
          timestamp: stale,
        })
      ).status,
    ).toBe(401);

    const discord = `${base}/discord/interactions`;
    expect(
      (
        await discordPost(
          discord,
          JSON.stringify({
            type: 1,
            id: "1",
            application_id: "123456789012345678",
            token: "t",
            version: 1,
          }),
          true,
        )
      ).status,
    ).toBe(200);
    expect((await discordPost(discord, JSON.stringify({ type: 1 }), false)).status).toBe(401);
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
    expect((await stopBotProcess(bot)).code).toBe(0);

    // A start-up that fails: Slack refuses the token.
    const refused = startBotProcess({
      env: { ...env, SLACK_BOT_TOKEN: `${SECRETS.SLACK_BOT_TOKEN}-revoked` },
    });
    expect(await refused.exited).not.toBe(0);

    const logs = [bot.stderr(), bot.stdout(), refused.stderr(), refused.stdout()].join("\n");
    expect(logs).toContain("ct-bot is running");
    expect(logs).toMatch(/invalid_auth/u);
    for (const [name, secret] of Object.entries(SECRETS))
      expect(logs.includes(secret), name).toBe(false);
    expect(logs).not.toMatch(/"authorization":"(Bearer|Bot) /iu);
  });
});
