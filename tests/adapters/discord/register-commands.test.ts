/**
 * `ct-bot discord register [--guild ID]` against the fake Discord: reads the remote commands,
 * prints what changed, and writes only when something did.
 */
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordCli } from "../../../adapters/discord/cli.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
});

async function register(args: string[], env: Record<string, string> = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: "", err: "" };
  out.on("data", (c: Buffer) => (chunks.out += c.toString()));
  err.on("data", (c: Buffer) => (chunks.err += c.toString()));
  const from = fake.requests.length;
  const code = await discordCli(
    ["register", ...args],
    { out, err },
    {
      DISCORD_TOKEN: fake.botToken,
      DISCORD_APP_ID: fake.appId,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
  );
  const writes = fake.requests.slice(from).filter((r) => r.method === "PUT");
  return { code, ...chunks, writes };
}

describe("discord register", () => {
  const guildRoute = () => `/v10/applications/${fake.appId}/guilds/${fake.guildId}/commands`;

  it("registers /ct in a guild on the first run, listing /ct and each subcommand as added", async () => {
    const run = await register(["--guild", fake.guildId]);
    expect(run.code).toBe(0);
    expect(run.writes.map((w) => w.path)).toEqual([guildRoute()]);
    expect(run.writes[0]?.headers.authorization).toBe(`Bot ${fake.botToken}`);
    expect(run.out).toContain("+ added    ct\n");
    expect(run.out).toContain("+ added    ct partners\n");
    expect(run.out).toContain(`Registered /ct in server ${fake.guildId} (10 subcommands).`);
  });

  it("makes no write on a second run and says it is up to date", async () => {
    const run = await register(["--guild", fake.guildId]);
    expect(run.code).toBe(0);
    expect(run.writes).toEqual([]);
    expect(run.out).toContain("up to date");
  });

  it("writes again when a remote definition differs, naming the changed subcommand", async () => {
    const [remote] = fake.commands.get(fake.guildId) as Array<{
      options: Array<{ name: string; description: string }>;
    }>;
    const search = remote?.options.find((o) => o.name === "search");
    if (search) search.description = "An older description";
    const run = await register(["--guild", fake.guildId]);
    expect(run.out).toContain("~ changed  ct search");
    expect(run.out).not.toContain("ct partners");
    expect(run.writes).toHaveLength(1);
    expect((await register(["--guild", fake.guildId])).writes).toEqual([]);
  });

  it("lists a remote subcommand or command that no longer exists as removed", async () => {
    const stored = fake.commands.get(fake.guildId) as Array<{ options: unknown[] }>;
    stored[0]?.options.push({ type: 1, name: "quiz", description: "Old" });
    (stored as unknown[]).push({
      name: "old",
      description: "An old command",
      type: 1,
      options: [],
    });
    const run = await register(["--guild", fake.guildId]);
    expect(run.out).toContain("- removed  ct quiz");
    expect(run.out).toContain("- removed  old");
    expect(run.writes).toHaveLength(1);
  });

  it("registers globally without --guild", async () => {
    const run = await register([]);
    expect(run.writes.map((w) => w.path)).toEqual([`/v10/applications/${fake.appId}/commands`]);
    expect((await register([])).writes).toEqual([]);
  });

  it("rejects an unknown flag or a bad guild id with a message and exit code 2", async () => {
    const unknown = await register(["--gild", "1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("--gild");
    const bad = await register(["--guild", "my-server"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("server id");
    expect([...unknown.writes, ...bad.writes]).toEqual([]);
  });

  it("needs DISCORD_TOKEN and says so", async () => {
    const run = await register([], { DISCORD_TOKEN: "", DISCORD_PUBLIC_KEY: "a".repeat(64) });
    expect(run.code).toBe(1);
    expect(run.err).toContain("DISCORD_TOKEN");
  });

  it("reports a refused token without printing it", async () => {
    const run = await register([], { DISCORD_TOKEN: "wrong-token-0123456789" });
    expect(run.code).toBe(1);
    expect(run.err).toContain("registering failed");
    expect(run.err).not.toContain("wrong-token-0123456789");
  });
});
