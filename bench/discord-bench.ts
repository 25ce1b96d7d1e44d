/**
 * Benchmarks the Discord adapter against the fake Discord on 127.0.0.1: the latency of one
 * interaction through the gateway (INTERACTION_CREATE dispatched → callback received by the
 * fake REST API) and through the HTTP endpoint (signed POST → response), p50 and p99.
 *
 * Run alone with `npx tsx bench/discord-bench.ts`; `npm run bench` calls {@link benchDiscord}.
 */
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { pathToFileURL } from "node:url";
import { startDiscord } from "../adapters/discord/index.js";
import { loadConfig } from "../app/config.js";
import { createHttpServer } from "../app/http/http-server.js";
import { type Bot, createBot } from "../src/commands/create-bot.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { silentLogger } from "../src/runtime/logger.js";
import { type FakeDiscord, startFakeDiscord } from "../tests/fakes/discord/fake-discord.js";
import {
  commandInteraction,
  type InteractionPayload,
  type Place,
} from "../tests/fakes/discord/interactions.js";
import { summary } from "./stats.js";

const WARM_UP = 50;
const RUNS = 300;

/** A mix of what people ask: a lookup, a search, a list. */
function interactionFor(place: Place, i: number): InteractionPayload {
  switch (i % 3) {
    case 0:
      return commandInteraction(place, "partners", { name: "India" });
    case 1:
      return commandInteraction(place, "search", { query: "terrorist financing" });
    default:
      return commandInteraction(place, "topics");
  }
}

/** Runs both benchmarks and prints one line each. */
export async function benchDiscord(): Promise<void> {
  const bot = createBot({ content: loadContent([defaultContentDir()]) });
  const fake = await startFakeDiscord();
  try {
    report("gateway → callback", await benchGateway(fake, bot));
    report("http POST → response", await benchHttp(fake, bot));
  } finally {
    await fake.close();
  }
}

async function start(fake: FakeDiscord, bot: Bot, env: Record<string, string> = {}) {
  const config = loadConfig({
    DISCORD_TOKEN: fake.botToken,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    ...env,
  });
  const logger = silentLogger();
  const http = createHttpServer(logger);
  const runtime = await startDiscord({ config, bot, logger, http });
  const port = await http.listen(0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await runtime.stop();
      await http.close();
    },
  };
}

async function benchGateway(fake: FakeDiscord, bot: Bot): Promise<number[]> {
  const running = await start(fake, bot);
  const place = { appId: fake.appId, channelId: fake.channelId, guildId: fake.guildId };
  try {
    return await measure(async (i) => {
      const interaction = interactionFor(place, i);
      const from = fake.requests.length;
      const started = performance.now();
      const callback = fake.waitForRequest((r) => r.path.includes(`/${interaction.id}/`), from);
      fake.dispatchInteraction(interaction);
      await callback;
      return performance.now() - started;
    });
  } finally {
    await running.stop();
  }
}

async function benchHttp(fake: FakeDiscord, bot: Bot): Promise<number[]> {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" });
  const running = await start(fake, bot, {
    DISCORD_PUBLIC_KEY: der.subarray(der.length - 32).toString("hex"),
    DISCORD_TOKEN: "",
  });
  const place = { appId: fake.appId, channelId: fake.channelId, guildId: fake.guildId };
  try {
    return await measure(async (i) => {
      const { body, headers } = signed(interactionFor(place, i), privateKey);
      const started = performance.now();
      const response = await fetch(`${running.url}/discord/interactions`, {
        method: "POST",
        headers,
        body,
      });
      await response.text();
      if (response.status !== 200) throw new Error(`the endpoint answered ${response.status}`);
      return performance.now() - started;
    });
  } finally {
    await running.stop();
  }
}

function signed(interaction: InteractionPayload, key: KeyObject) {
  const body = JSON.stringify(interaction);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), key).toString("hex");
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signature,
      "x-signature-timestamp": timestamp,
    },
  };
}

/** Runs `once` WARM_UP times unmeasured, then RUNS times; returns the RUNS durations. */
async function measure(once: (i: number) => Promise<number>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await once(i);
  const durations: number[] = [];
  for (let i = 0; i < RUNS; i++) durations.push(await once(i));
  return durations;
}

function report(label: string, durations: number[]): void {
  process.stdout.write(`${summary(`discord ${label}`, durations)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDiscord();
}
