/**
 * Requests answered per second (GET /healthz, 20 at a time, over 5 s) while 500 slow clients
 * each hold a connection by trickling a request body, with production's server limits. Also
 * reports how many slow sockets the server had closed by the end (the body deadline is 5 s).
 */
import { connect, type Socket } from "node:net";
import { startHttpInteractions } from "../adapters/discord/transport/http-interactions.js";
import { loadConfig } from "../app/config.js";
import { createHttpServer } from "../app/http/http-server.js";
import { silentLogger } from "../src/runtime/logger.js";
import { testBot } from "../tests/helpers/content.js";

const SLOW_CLIENTS = 500;
const MEASURE_MS = 8_000;
const CONCURRENCY = 20;

/** Runs the benchmark without, then with, the slow clients and prints the figures. */
export async function benchSlowClients(): Promise<void> {
  await measure(0);
  await measure(SLOW_CLIENTS);
}

async function measure(slowClients: number): Promise<void> {
  const logger = silentLogger();
  const http = createHttpServer(logger);
  const config = loadConfig({
    DISCORD_PUBLIC_KEY: "a".repeat(64),
    DISCORD_APP_ID: "100000000000000001",
  });
  if (config.discord === undefined) throw new Error("Discord not configured");
  startHttpInteractions(
    { config, bot: testBot(), logger, http },
    { ...config.discord, publicKey: "a".repeat(64) },
    { deferAfterMs: 2_000 },
  );
  const port = await http.listen(0, "127.0.0.1");
  const sockets: Socket[] = [];
  let closed = 0;
  for (let i = 0; i < slowClients; i += 1) {
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => undefined);
    socket.on("close", () => {
      closed += 1;
    });
    socket.write(
      "POST /discord/interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
    );
    const drip = setInterval(
      () => (socket.destroyed ? clearInterval(drip) : socket.write(" ")),
      500,
    );
    socket.on("close", () => clearInterval(drip));
    sockets.push(socket);
  }
  let answered = 0;
  let failed = 0;
  const until = Date.now() + MEASURE_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          await response.arrayBuffer();
          if (response.ok) answered += 1;
          else failed += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const perSecond = Math.round(answered / (MEASURE_MS / 1000));
  console.log(`slow clients: ${slowClients} holding connections (a byte every 500 ms)`);
  console.log(
    `  /healthz answered: ${perSecond} req/s over ${MEASURE_MS / 1000} s (${failed} failed)`,
  );
  console.log(
    `  slow sockets closed by the server after ${MEASURE_MS / 1000} s: ${closed} of ${slowClients}`,
  );
  for (const socket of sockets) socket.destroy();
  await http.close();
}
