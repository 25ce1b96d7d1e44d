/**
 * Slow clients cannot hold the server's sockets: headers, bodies and idle connections each
 * have a deadline that actually closes the socket, connections are capped, and the server
 * keeps answering meanwhile. Limits are shortened here so the test runs in seconds; the
 * production values are checked to be the ones set on the server.
 */
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpInteractions } from "../../adapters/discord/transport/http-interactions.js";
import { loadConfig } from "../../app/config.js";
import { createHttpServer, HTTP_LIMITS, type HttpServer } from "../../app/http/http-server.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { testBot } from "../helpers/content.js";

let http: HttpServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await http?.close();
  http = undefined;
});

/** Opens a raw connection and writes `first`; resolves once connected. */
async function slowClient(
  port: number,
  first: string,
): Promise<{ socket: Socket; closed: Promise<void> }> {
  const socket = connect(port, "127.0.0.1");
  sockets.push(socket);
  socket.on("error", () => undefined);
  socket.resume();
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.write(first);
  return { socket, closed };
}

/** Writes one byte of body every `everyMs` until the socket closes. */
function drip(socket: Socket, everyMs: number): void {
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer);
    else socket.write("x");
  }, everyMs);
  socket.on("close", () => clearInterval(timer));
}

async function startServer(limits: Parameters<typeof createHttpServer>[1]) {
  const logger = silentLogger();
  http = createHttpServer(logger, limits);
  const config = loadConfig({
    DISCORD_PUBLIC_KEY: "a".repeat(64),
    DISCORD_APP_ID: "100000000000000001",
  });
  if (!config.discord) throw new Error("Discord not configured");
  startHttpInteractions(
    { config, bot: testBot(), logger, http },
    { ...config.discord, publicKey: "a".repeat(64) },
    { deferAfterMs: 2000 },
  );
  return http.listen(0, "127.0.0.1");
}

describe("slow clients", () => {
  it("sets the documented limits on the server by default", () => {
    http = createHttpServer(silentLogger());
    expect(http.server.requestTimeout).toBe(HTTP_LIMITS.requestTimeoutMs);
    expect(http.server.headersTimeout).toBe(HTTP_LIMITS.headersTimeoutMs);
    expect(http.server.keepAliveTimeout).toBe(HTTP_LIMITS.keepAliveTimeoutMs);
    expect(http.server.maxConnections).toBe(HTTP_LIMITS.maxConnections);
  });

  it("closes connections whose body trickles in, whose headers never end, or that sit idle", async () => {
    const port = await startServer({
      headersTimeoutMs: 400,
      requestTimeoutMs: 800,
      keepAliveTimeoutMs: 300,
      checkIntervalMs: 100,
    });
    const started = Date.now();
    const clients = [];
    for (let i = 0; i < 20; i += 1) {
      const body = await slowClient(
        port,
        "POST /discord/interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
      );
      drip(body.socket, 50);
      clients.push(body);
      clients.push(await slowClient(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "));
      clients.push(await slowClient(port, ""));
    }
    await Promise.all(clients.map((c) => c.closed));
    // The body-read deadline (5 s) or the request deadline, never the 90 s seen before.
    expect(Date.now() - started).toBeLessThan(30_000);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  });

  it("refuses connections over the cap and answers again once they close", async () => {
    const port = await startServer({ maxConnections: 5 });
    const held = [];
    for (let i = 0; i < 5; i += 1)
      held.push(await slowClient(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n"));
    const extra = await slowClient(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    await extra.closed;
    for (const client of held) client.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status)
      .toBe(200);
  });
});
