/**
 * Posting answers to a response_url: the JSON body arrives as sent, a 2xx resolves, any other
 * status rejects with a coded error, and posts share one kept-alive connection.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createResponseUrlPoster,
  type ResponseUrlPoster,
} from "../../../adapters/slack/transport/response-url.js";

interface Received {
  path: string;
  contentType: string | undefined;
  body: unknown;
  remotePort: number | undefined;
}

let server: Server;
let base: string;
let poster: ResponseUrlPoster;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    let text = "";
    request.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
    });
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        contentType: request.headers["content-type"],
        body: JSON.parse(text),
        remotePort: request.socket.remotePort,
      });
      const status = Number(/\/status\/(\d+)/u.exec(request.url ?? "")?.[1] ?? 200);
      response.writeHead(status, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  poster = createResponseUrlPoster();
});

afterAll(async () => {
  poster.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("posting to a response_url", () => {
  it("posts the message as JSON and resolves on 200", async () => {
    const message = { response_type: "ephemeral" as const, text: "Five principles « cités »" };
    await poster.to(`${base}/response/1`)(message);
    expect(received.at(-1)).toMatchObject({
      path: "/response/1",
      contentType: "application/json",
      body: message,
    });
  });

  it("rejects with slack_respond_failed when the response_url answers 404 or 500", async () => {
    for (const status of [404, 500]) {
      await expect(poster.to(`${base}/status/${status}`)({ text: "late" })).rejects.toMatchObject({
        code: "slack_respond_failed",
      });
    }
  });

  it("rejects when nothing listens at the response_url", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(poster.to(`http://127.0.0.1:${port}/response/2`)({ text: "x" })).rejects.toThrow();
  });

  it("sends consecutive posts over one kept-alive connection", async () => {
    const before = received.length;
    for (let i = 0; i < 3; i++) await poster.to(`${base}/response/k${i}`)({ text: `post ${i}` });
    const ports = new Set(received.slice(before).map((r) => r.remotePort));
    expect(ports.size).toBe(1);
  });
});
