/**
 * Signed HTTP interactions cannot be replayed: a timestamp more than 5 minutes away (either
 * way) is refused, and each interaction id is answered once, remembered in the store so a
 * replay sent to another replica is refused too.
 */
import { sign } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "../../../src/store/sqlite-store.js";
import type { Store } from "../../../src/store/store.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { commandInteraction } from "../../fakes/discord/interactions.js";
import { applicationKeys, placesOf, type RunningBot, startBot } from "./discord-harness.js";

let fake: FakeDiscord;
let keys: ReturnType<typeof applicationKeys>;
let store: Store;
let replicaA: RunningBot;
let replicaB: RunningBot;

beforeAll(async () => {
  fake = await startFakeDiscord();
  keys = applicationKeys();
  store = createSqliteStore(join(mkdtempSync(join(tmpdir(), "ct-replay-")), "ct.sqlite"));
  await store.migrate();
  const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: "" };
  replicaA = await startBot(fake, { env, store });
  replicaB = await startBot(fake, { env, store });
});

afterAll(async () => {
  await replicaA?.stop();
  await replicaB?.stop();
  await store?.close();
  await fake?.close();
});

/** Sends `raw` signed at `timestamp` (Unix seconds) exactly as given, so it can be sent again. */
async function sendSigned(url: string, raw: string, timestamp: number) {
  const ts = String(timestamp);
  const signature = sign(null, Buffer.from(ts + raw), keys.privateKey).toString("hex");
  const response = await fetch(`${url}/discord/interactions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signature,
      "x-signature-timestamp": ts,
    },
    body: raw,
  });
  await response.arrayBuffer();
  return response.status;
}

const nowS = () => Math.floor(Date.now() / 1000);
const signedCommand = () =>
  JSON.stringify(commandInteraction(placesOf(fake).guild, "principles", {}));

describe("Discord HTTP interactions refuse replays", () => {
  it("refuses an interaction signed 24 hours ago with 401", async () => {
    expect(await sendSigned(replicaA.url, signedCommand(), nowS() - 24 * 3600)).toBe(401);
  });

  it("refuses any timestamp more than 5 minutes away, past or future, and answers within it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 301, max: 10 * 365 * 24 * 3600 }),
        fc.boolean(),
        async (skew, future) => {
          const at = nowS() + (future ? skew + 2 : -(skew + 2));
          expect(await sendSigned(replicaA.url, signedCommand(), at)).toBe(401);
        },
      ),
      { numRuns: 25 },
    );
    expect(await sendSigned(replicaA.url, signedCommand(), nowS() + 240)).toBe(200);
    expect(await sendSigned(replicaA.url, signedCommand(), nowS() - 240)).toBe(200);
  });

  it("answers the same signed interaction once, even when the replay goes to another replica", async () => {
    const raw = signedCommand();
    const at = nowS();
    expect(await sendSigned(replicaA.url, raw, at)).toBe(200);
    expect(await sendSigned(replicaA.url, raw, at)).toBe(409);
    expect(await sendSigned(replicaB.url, raw, at)).toBe(409);
    // Re-signed at a new time, the same interaction id is still refused.
    expect(await sendSigned(replicaB.url, raw, at + 1)).toBe(409);
  });

  it("answers a replay once without a store too (memory, one process)", async () => {
    const alone = await startBot(fake, {
      env: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_TOKEN: "" },
    });
    try {
      const raw = signedCommand();
      expect(await sendSigned(alone.url, raw, nowS())).toBe(200);
      expect(await sendSigned(alone.url, raw, nowS())).toBe(409);
    } finally {
      await alone.stop();
    }
  });
});
