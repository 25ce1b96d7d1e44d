/**
 * `npx ct-bot secrets rotate`, run as an operator would: re-encrypts every Slack installation
 * under the first key of CT_ENCRYPTION_KEY (plaintext rows from an older ct-bot included),
 * says how many, and refuses in one line, naming what is wrong but never a key or a token.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type KeyRing, parseKeyRing } from "../../src/runtime/secret-box.js";
import { sealInstallations } from "../../src/store/sealed-installations.js";
import { createSqliteStore, SQLITE_FILE } from "../../src/store/sqlite-store.js";
import { runCli } from "../helpers/run-cli.js";

const OLD_KEY = "FW+7Z+MMJeBFnDEDbbqWX8B2LPSaBvuekEYhLEVHd6w=";
const NEW_KEY = "6Gug3o6n3xCgs9yAexLvhh06C+Y3+ZPIZIsS5Gz8llg=";
const OAUTH = {
  SLACK_CLIENT_ID: "1111.2222",
  SLACK_CLIENT_SECRET: "client-secret-9a8b7c",
  SLACK_STATE_SECRET: "state-secret-6d5e4f",
  SLACK_SIGNING_SECRET: "signing-secret-3c2b1a",
};
const TOKENS = { T1: "xoxb-T1-sealed-old-key", T2: "xoxb-T2-plaintext-row" };

function ringOf(value: string): KeyRing {
  const read = parseKeyRing(value);
  if (!("ring" in read)) throw new Error(read.problem);
  return read.ring;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A DATA_DIR holding T1 sealed under OLD_KEY and T2 in plaintext, as an older ct-bot left it. */
async function dataDir(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), "ct-rotate-")), "data");
  dirs.push(dir);
  const store = createSqliteStore(join(dir, SQLITE_FILE));
  await store.migrate();
  const now = new Date();
  await sealInstallations(store, ringOf(OLD_KEY)).saveInstallation(
    "slack",
    "T1",
    { team: { id: "T1" }, bot: { token: TOKENS.T1 } },
    now,
  );
  await store.saveInstallation(
    "slack",
    "T2",
    { team: { id: "T2" }, bot: { token: TOKENS.T2 } },
    now,
  );
  await store.close();
  return dir;
}

/** The rows of `dir` as stored, and as the key ring `keys` decrypts them. */
async function rowsOf(dir: string, keys: string) {
  const store = createSqliteStore(join(dir, SQLITE_FILE));
  try {
    const sealed = sealInstallations(store, ringOf(keys));
    const raw = JSON.stringify([
      await store.getInstallation("slack", "T1"),
      await store.getInstallation("slack", "T2"),
    ]);
    const open = [
      await sealed.getInstallation("slack", "T1"),
      await sealed.getInstallation("slack", "T2"),
    ];
    return { raw, open };
  } finally {
    await store.close();
  }
}

const rotate = (dir: string, env: Record<string, string>) =>
  runCli(["secrets", "rotate"], { env: { DATA_DIR: dir, ...env } });

function expectNoSecret(text: string): void {
  for (const secret of [OLD_KEY, NEW_KEY, ...Object.values(TOKENS), ...Object.values(OAUTH)]) {
    if (secret !== OAUTH.SLACK_CLIENT_ID) expect(text).not.toContain(secret);
  }
}

describe("ct-bot secrets rotate", () => {
  it("re-encrypts every installation under the first key and says how many", async () => {
    const dir = await dataDir();
    const run = await rotate(dir, { ...OAUTH, CT_ENCRYPTION_KEY: `${NEW_KEY},${OLD_KEY}` });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Re-encrypted 2 Slack installations under key [0-9a-f]{8} \(1 plaintext, 1 under an older key before\)\n$/u,
    );
    expectNoSecret(run.stdout);

    // The old key can go: the new one alone opens every row, and no row is readable.
    const { raw, open } = await rowsOf(dir, NEW_KEY);
    expect(raw).not.toContain("xoxb-");
    expect(open.map((i) => (i as { bot: { token: string } }).bot.token)).toEqual([
      TOKENS.T1,
      TOKENS.T2,
    ]);
  });

  it("refuses, naming the installation, when no key decrypts a row, and rewrites nothing", async () => {
    const dir = await dataDir();
    const run = await rotate(dir, { ...OAUTH, CT_ENCRYPTION_KEY: NEW_KEY });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ct-bot: nothing re-encrypted: slack installation T1: .+\n$/u);
    expect(run.stderr).toContain("CT_ENCRYPTION_KEY does not hold");
    expectNoSecret(run.stderr + run.stdout);
    expect((await rowsOf(dir, OLD_KEY)).open).toHaveLength(2);
  });

  it.each([
    ["no CT_ENCRYPTION_KEY with Slack OAuth", { ...OAUTH }, /CT_ENCRYPTION_KEY: required/u],
    [
      "no Slack OAuth",
      { CT_ENCRYPTION_KEY: NEW_KEY },
      /needs CT_ENCRYPTION_KEY and the Slack OAuth/u,
    ],
    [
      "a 16-byte key",
      { ...OAUTH, CT_ENCRYPTION_KEY: "c2l4dGVlbi1ieXRlcy1rZQ==" },
      /CT_ENCRYPTION_KEY: the key must be 32 random bytes in base64/u,
    ],
    [
      "a list whose second key is not base64",
      { ...OAUTH, CT_ENCRYPTION_KEY: `${NEW_KEY},not a key!` },
      /CT_ENCRYPTION_KEY: key 2 of 2 must be 32 random bytes/u,
    ],
  ])("refuses with %s and says why", async (_, env, why) => {
    const dir = await dataDir();
    const run = await rotate(dir, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(why);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expectNoSecret(run.stderr + run.stdout);
  });

  it("answers a usage error with the usage", async () => {
    const run = await runCli(["secrets", "spin"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown secrets command: spin");
    expect(run.stderr).toContain("Usage: ct-bot secrets rotate");
  });
});
