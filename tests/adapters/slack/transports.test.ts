/**
 * Transport concerns: HTTP mode's request signature checks and its route on the shared
 * server; readiness and clean stops in both transports.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startSlack } from "../../../adapters/slack/index.js";
import { SLACK_SIGNATURE_MAX_AGE_S } from "../../../adapters/slack/render/limits.js";
import { loadConfig } from "../../../app/config.js";
import { createHttpServer } from "../../../app/http/http-server.js";
import { createBot } from "../../../src/commands/create-bot.js";
import { silentLogger } from "../../../src/runtime/logger.js";
import { REVOKED, startFakeSlack } from "../../fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../../fakes/slack/slack-payloads.js";
import {
  ENCRYPTION_KEY,
  SECRETS,
  type SlackHarness,
  startHarness,
  type Transport,
  testContent,
} from "./slack-harness.js";

describe("HTTP mode", () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const send = async (
    harness: SlackHarness,
    options: { signature?: string; timestamp?: number },
  ) => {
    const target = harness.fake.responseUrl();
    const response = await postSigned(
      harness.eventsUrl,
      commandBody(slashCommand("principles", target.url)),
      {
        secret: SECRETS.signingSecret,
        ...options,
      },
    );
    await response.arrayBuffer();
    return { status: response.status, id: target.id };
  };

  it("rejects a slash command with a bad signature with 401 and answers nothing", async () => {
    h = await startHarness("http");
    const sent = await send(h, { signature: `v0=${"0".repeat(64)}` });
    expect(sent.status).toBe(401);
    await h.runtime.stop();
    expect(h.fake.responses.all).toEqual([]);
  });

  it("rejects a slash command signed more than 5 minutes ago with 401", async () => {
    h = await startHarness("http");
    const sent = await send(h, {
      timestamp: Math.floor(Date.now() / 1000) - SLACK_SIGNATURE_MAX_AGE_S - 60,
    });
    expect(sent.status).toBe(401);
    await h.runtime.stop();
    expect(h.fake.responses.all).toEqual([]);
  });

  it("serves POST /slack/events and GET /healthz on the same port", async () => {
    h = await startHarness("http");
    const health = await fetch(h.eventsUrl.replace("/slack/events", "/healthz"));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect((await send(h, {})).status).toBe(200);
  });

  it("refuses new requests with 503 once stopping, so Slack retries them elsewhere", async () => {
    h = await startHarness("http");
    await h.runtime.stop();
    expect((await send(h, {})).status).toBe(503);
  });
});

describe.each<Transport>(["http", "socket"])("runtime over %s", (transport) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("is ready once started, and not after stopping; stopping twice is harmless", async () => {
    h = await startHarness(transport);
    expect(h.runtime.name).toBe("slack");
    expect(h.runtime.isReady()).toBe(true);
    await h.runtime.stop();
    expect(h.runtime.isReady()).toBe(false);
    await h.runtime.stop();
  });

  it("finishes the answer in progress before stopping", async () => {
    h = await startHarness(transport);
    const sent = await h.command("search financing");
    await h.runtime.stop();
    expect(h.fake.responses.all.map((post) => post.id)).toContain(sent.id);
  });
});

describe("start-up", () => {
  it.each([
    [
      "bot token (auth.test)",
      { SLACK_BOT_TOKEN: `xoxb-${REVOKED}-0000`, SLACK_SIGNING_SECRET: SECRETS.signingSecret },
    ],
    [
      "bot token (auth.test), Socket Mode",
      { SLACK_BOT_TOKEN: `xoxb-${REVOKED}-0000`, SLACK_APP_TOKEN: SECRETS.appToken },
    ],
    [
      "app token (apps.connections.open)",
      { SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: `xapp-${REVOKED}-0000` },
    ],
  ])("fails when Slack refuses the %s", async (_which, env) => {
    const fake = await startFakeSlack();
    try {
      const logger = silentLogger();
      const config = loadConfig({ ...env, SLACK_API_URL: fake.apiUrl });
      const deps = {
        config,
        bot: createBot({ content: testContent() }),
        logger,
        http: createHttpServer(logger),
      };
      await expect(startSlack(deps)).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    } finally {
      await fake.close();
    }
  });

  const oauth = {
    SLACK_CLIENT_ID: "1",
    SLACK_CLIENT_SECRET: "2",
    SLACK_STATE_SECRET: "3",
    SLACK_SIGNING_SECRET: "4",
    CT_ENCRYPTION_KEY: ENCRYPTION_KEY,
  };
  it.each([
    ["slack_not_configured", {}],
    // Installations live in the store; start-up always opens one, a library caller might not.
    ["slack_store_required", oauth],
    // Installing into many workspaces needs the HTTP routes, which Socket Mode does not have.
    ["slack_mode_unsupported", { ...oauth, SLACK_APP_TOKEN: SECRETS.appToken }],
  ])("refuses to start with error code %s", async (code, env) => {
    const logger = silentLogger();
    const deps = {
      config: loadConfig(env),
      bot: createBot({ content: testContent() }),
      logger,
      http: createHttpServer(logger),
    };
    await expect(startSlack(deps)).rejects.toMatchObject({ code });
  });
});
