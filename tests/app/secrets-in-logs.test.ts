/**
 * Secrets never reach the logs: a full run of the bot (Slack and Discord over HTTP,
 * PostgreSQL with a password, debug logging), with refused signatures and a failed start-up,
 * and not one token, secret or password in what it printed. And a Slack OAuth run with token
 * rotation: neither CT_ENCRYPTION_KEY nor an issued, refreshed or refresh token appears in
 * the logs or in the database files at rest.
 */
import { generateKeyPairSync, sign } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { FAKE_APP, FAKE_TEAMS } from "../fakes/slack/fake-app.js";
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
  rmSync(`/tmp/ct-secrets-oauth-${schema}`, { recursive: true, force: true });
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

/** Two keys, as during a rotation: the first encrypts, both decrypt. */
const ENCRYPTION_KEY =
  "NFAOfI0SnSIqHK+vOn2wEoBX27NdtE+cQo311mCpfd4=,FW+7Z+MMJeBFnDEDbbqWX8B2LPSaBvuekEYhLEVHd6w=";

/** Walks Slack's install flow for workspace `teamId` as a browser would; returns the final status. */
async function install(base: string, teamId: string): Promise<number> {
  const start = await fetch(`${base}/slack/install`, { redirect: "manual" });
  const cookie = start.headers.get("set-cookie")?.split(";")[0] ?? "";
  const authorize = new URL(start.headers.get("location") ?? "about:blank");
  authorize.searchParams.set("team", teamId);
  const approved = await fetch(authorize, { redirect: "manual" });
  const back = new URL(approved.headers.get("location") ?? "about:blank");
  const finished = await fetch(`${base}${back.pathname}${back.search}`, { headers: { cookie } });
  await finished.arrayBuffer();
  return finished.status;
}

describe("Slack OAuth with token rotation", () => {
  it("keeps CT_ENCRYPTION_KEY and every issued and refreshed token out of the logs and the files", {
    timeout: 60_000,
  }, async () => {
    const slack = await startFakeSlack();
    const dataDir = `/tmp/ct-secrets-oauth-${schema}`;
    const env = {
      LOG_LEVEL: "debug",
      DATA_DIR: dataDir,
      SLACK_CLIENT_ID: FAKE_APP.clientId,
      SLACK_CLIENT_SECRET: FAKE_APP.clientSecret,
      SLACK_STATE_SECRET: "state-secret-0a1b2c3d",
      SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      CT_ENCRYPTION_KEY: ENCRYPTION_KEY,
    };
    try {
      const bot = startBotProcess({ env });
      const base = `http://127.0.0.1:${await bot.port}`;
      slack.oauth.redirectUrl = `${base}/slack/oauth_redirect`;
      // An hour left: inside the two hours before expiry, so the first request refreshes it.
      slack.oauth.tokenRotation = { expiresIn: 3600 };
      const team = FAKE_TEAMS.home.id;
      expect(await install(base, team)).toBe(200);
      const issued = slack.oauth.tokenOf(team) ?? "none";
      const firstRefresh = slack.oauth.installOf(issued)?.refreshToken ?? "none";
      slack.oauth.tokenRotation = { expiresIn: 43_200 };

      const sink = slack.responseUrl();
      const command = commandBody(slashCommand("principles", sink.url, { teamId: team }));
      const response = await postSigned(`${base}/slack/events`, command, {
        secret: SECRETS.SLACK_SIGNING_SECRET,
      });
      expect(response.status).toBe(200);
      await slack.responses.waitFor((post) => post.id === sink.id);
      expect(slack.oauth.refreshed).toHaveLength(1);
      const refreshed = slack.oauth.refreshed[0] ?? "none";
      const secondRefresh = slack.oauth.installOf(refreshed)?.refreshToken ?? "none";
      expect((await stopBotProcess(bot)).code).toBe(0);

      const logs = [bot.stderr(), bot.stdout()].join("\n");
      expect(logs).toContain("Slack workspace installed");
      const files = readdirSync(dataDir)
        .map((name) => readFileSync(join(dataDir, name)).toString("latin1"))
        .join("\n");
      const secrets = {
        ...Object.fromEntries(ENCRYPTION_KEY.split(",").map((key, i) => [`key ${i + 1}`, key])),
        CT_ENCRYPTION_KEY: ENCRYPTION_KEY,
        issued,
        firstRefresh,
        refreshed,
        secondRefresh,
        SLACK_CLIENT_SECRET: FAKE_APP.clientSecret,
      };
      for (const [name, secret] of Object.entries(secrets)) {
        expect(logs.includes(secret), `${name} in the logs`).toBe(false);
        expect(files.includes(secret), `${name} in ${dataDir}`).toBe(false);
      }
      expect(files).not.toMatch(/xox[bpe]-/u);
    } finally {
      await slack.close();
    }
  });
});
