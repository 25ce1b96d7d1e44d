/**
 * The Discord daily poster against the fake Discord: one request per post (the scheduler owns
 * retries), the card as a public message that notifies nobody, a nonce Discord dedupes on, and
 * every outcome mapped to what the scheduler should do about it.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DAILY_POSTS_PER_SECOND, nonceFor } from "../../../adapters/discord/daily/poster.js";
import { PERMANENT_ERRORS, PERMISSIONS_FIX } from "../../../adapters/discord/daily/send-result.js";
import { createChannelMessages } from "../../../adapters/discord/transport/channel-messages.js";
import type { DailyPoster } from "../../../src/daily/port.js";
import { factCard } from "../../../src/replies/fact-card.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import {
  DISCORD_ERRORS,
  type DiscordFault,
  type FakeDiscord,
  startFakeDiscord,
} from "../../fakes/discord/fake-discord.js";
import { messageProblems } from "../../fakes/discord/message-limits.js";
import { bundledContent } from "../../helpers/content.js";
import { type ManualClock, posterFor } from "./daily-setup.js";
import { buttonsOf, type MessageData } from "./discord-harness.js";

const CHANNEL = "100000000000000077";
const TARGET = { workspaceId: "100000000000000003", channelId: CHANNEL };

describe("the Discord daily poster", () => {
  let fake: FakeDiscord;
  let clock: ManualClock;
  let poster: DailyPoster;
  const card = () => {
    const fact = bundledContent().facts[0];
    if (!fact) throw new Error("the content has no facts");
    return factCard(bundledContent(), fact);
  };
  const posts = () => fake.requests.filter((r) => r.path === `/v10/channels/${CHANNEL}/messages`);
  const postWith = (fault: DiscordFault, key = "delivery-1") => {
    fake.channels.faults.add({ channel: CHANNEL, fault, times: 1 });
    return poster.post(TARGET, card(), key);
  };

  beforeAll(async () => {
    fake = await startFakeDiscord();
    clock = createManualClock("2026-03-03T08:00:00Z");
    poster = posterFor(fake, clock, 150);
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.channels.faults.clear());

  it("is the Discord poster, pacing posts evenly, with room under Discord's 50 requests a second", () => {
    expect(poster.platform).toBe("discord");
    expect(poster.rateLimit).toEqual({ requests: DAILY_POSTS_PER_SECOND, perMs: 1000 });
    // The limiter spaces them evenly, so at most this many leave in any rolling second.
    expect(DAILY_POSTS_PER_SECOND).toBeLessThanOrEqual(45);
  });

  it("posts the fact card publicly with the bot token: embeds within limits, More like this, no mentions, a nonce Discord enforces", async () => {
    const result = await poster.post(TARGET, card(), "delivery-embed");
    const [post] = fake.channels.postsIn(CHANNEL).slice(-1);
    expect(result).toEqual({ kind: "sent", messageId: post?.messageId });
    const request = posts().at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.headers.authorization).toBe(`Bot ${fake.botToken}`);
    const body = request?.body as MessageData & { nonce: string; enforce_nonce: boolean };
    expect(messageProblems(body)).toEqual([]);
    expect(body.embeds?.[0]?.title).toBe("Fact of the day");
    expect(body.flags).toBeUndefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(body).map((b) => b.label)).toEqual(["More like this"]);
    expect(body.nonce).toBe(nonceFor("delivery-embed"));
    expect(body.nonce.length).toBeLessThanOrEqual(25);
    expect(body.enforce_nonce).toBe(true);
  });

  it("derives one nonce per delivery key, so a repeated send returns the first message", async () => {
    expect(nonceFor("a")).toBe(nonceFor("a"));
    expect(nonceFor("a")).not.toBe(nonceFor("b"));
    const before = fake.channels.all.length;
    const first = await poster.post(TARGET, card(), "delivery-twice");
    const again = await poster.post(TARGET, card(), "delivery-twice");
    expect(again).toEqual(first);
    expect(fake.channels.all).toHaveLength(before + 1);
  });

  it("maps a 429 to rate-limited with the body's retry_after in ms, one request only", async () => {
    const before = posts().length;
    expect(await postWith({ kind: "rate-limited", retryAfterS: 2.5 })).toEqual({
      kind: "rate-limited",
      retryAfterMs: 2500,
    });
    expect(posts()).toHaveLength(before + 1);
  });

  it("reads Retry-After when a 429 has no body (Cloudflare's)", async () => {
    expect(await postWith({ kind: "rate-limited", retryAfterS: 3, headersOnly: true })).toEqual({
      kind: "rate-limited",
      retryAfterMs: 3000,
    });
  });

  it("holds every post during a global 429 without asking Discord, until it is over", async () => {
    expect(await postWith({ kind: "rate-limited", retryAfterS: 1.2, global: true })).toEqual({
      kind: "rate-limited",
      retryAfterMs: 1200,
    });
    const before = fake.requests.length;
    const other = { ...TARGET, channelId: "100000000000000078" };
    clock.advance(200);
    expect(await poster.post(other, card(), "delivery-held")).toEqual({
      kind: "rate-limited",
      retryAfterMs: 1000,
    });
    expect(fake.requests).toHaveLength(before);
    clock.advance(1000);
    expect(await poster.post(other, card(), "delivery-held")).toMatchObject({ kind: "sent" });
  });

  it.each([500, 502, 503])("maps HTTP %i to transient, one request only", async (status) => {
    const before = posts().length;
    expect(await postWith({ kind: "http-error", status })).toEqual({
      kind: "transient",
      error: `http_${status}`,
    });
    expect(posts()).toHaveLength(before + 1);
  });

  it("maps a timeout to transient: the nonce makes the retry safe", async () => {
    expect(await postWith({ kind: "hang", posted: true }, "delivery-hang")).toEqual({
      kind: "transient",
      error: "timeout",
      maybeSent: true,
    });
    const posted = fake.channels.all.length;
    expect(await poster.post(TARGET, card(), "delivery-hang")).toMatchObject({ kind: "sent" });
    expect(fake.channels.all).toHaveLength(posted);
  });

  it("maps a refused connection to transient", async () => {
    const port = await closedPort();
    const offline = createChannelMessages({
      token: fake.botToken,
      apiUrl: `http://127.0.0.1:${port}`,
    });
    expect(await offline.post(CHANNEL, { content: "x" })).toEqual({
      kind: "transient",
      error: "ECONNREFUSED",
    });
  });

  it("reports a timed-out send without a nonce (a confirmation card) as unknown", async () => {
    const messages = createChannelMessages({
      token: fake.botToken,
      apiUrl: fake.apiUrl,
      timeoutMs: 100,
    });
    fake.channels.faults.add({ channel: CHANNEL, fault: { kind: "hang" }, times: 1 });
    expect(await messages.post(CHANNEL, { content: "x" })).toEqual({
      kind: "unknown",
      error: "timeout",
    });
  });

  it.each([
    ["403 Missing Access", DISCORD_ERRORS.missingAccess, "missing_access"],
    ["403 Missing Permissions", DISCORD_ERRORS.missingPermissions, "missing_permissions"],
    ["404 Unknown Channel", DISCORD_ERRORS.unknownChannel, "unknown_channel"],
    ["404 Unknown Guild", DISCORD_ERRORS.unknownGuild, "unknown_guild"],
  ] as const)("maps %s to permanent, with a fix a person can act on", async (_, fault, reason) => {
    const result = await postWith(fault);
    expect(result).toEqual({
      kind: "permanent",
      reason,
      fix: PERMANENT_ERRORS[fault.code]?.fix,
    });
  });

  it("tells what to give the bot when it lacks permissions, and to re-invite it when it left", () => {
    expect(PERMANENT_ERRORS[50013]?.fix).toBe(PERMISSIONS_FIX);
    expect(PERMISSIONS_FIX).toContain("View Channel, Send Messages and Embed Links");
    expect(PERMANENT_ERRORS[10004]?.fix).toContain("add ct-bot back to the server");
  });

  it("maps 401 (a reset bot token) to permanent, naming DISCORD_TOKEN", async () => {
    const wrong = createChannelMessages({ token: "not-the-token", apiUrl: fake.apiUrl });
    const result = await wrong.post(CHANNEL, { content: "x" });
    expect(result).toMatchObject({ kind: "permanent", reason: "unauthorized" });
    expect(result.kind === "permanent" && result.fix).toContain("DISCORD_TOKEN");
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 1;
}
