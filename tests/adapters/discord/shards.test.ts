/**
 * `ct-bot discord shards`: discord.js's ShardingManager splits the gateway over shard
 * processes, as many as Discord recommends, and the supervisor reports ready once all are.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { type BotProcess, startBotProcess, stopBotProcess } from "../../helpers/bot-process.js";

let fake: FakeDiscord | undefined;
let supervisor: BotProcess | undefined;
let dataDir = "";

afterEach(async () => {
  if (supervisor && supervisor.child.exitCode === null) supervisor.child.kill("SIGKILL");
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("discord shards", () => {
  it("runs one process per recommended shard, each identifying its slice, and stops them all", {
    timeout: 90_000,
  }, async () => {
    fake = await startFakeDiscord({ recommendedShards: 2 });
    dataDir = mkdtempSync(join(tmpdir(), "ct-shards-"));
    supervisor = startBotProcess({
      args: ["discord", "shards"],
      readyMessage: "ct-bot shards are running",
      env: {
        DISCORD_TOKEN: fake.botToken,
        DISCORD_APP_ID: fake.appId,
        DISCORD_API_URL: fake.apiUrl,
        DATA_DIR: dataDir,
      },
    });
    const base = `http://127.0.0.1:${await supervisor.port}`;

    const shards = fake.gateway.identifies.map((identify) => identify.shard).sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.gateway.identifies.every((identify) => identify.token === fake?.botToken)).toBe(
      true,
    );
    const ready = (await (await fetch(`${base}/readyz`)).json()) as { status: string };
    expect(ready.status).toBe("ready");

    const stopped = await stopBotProcess(supervisor);
    expect(stopped.code).toBe(0);
    await expect.poll(() => fake?.gateway.sessions, { timeout: 10_000 }).toBe(0);
  });
});
