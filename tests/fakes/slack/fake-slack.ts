/**
 * A fake Slack on 127.0.0.1 for the real Bolt app to talk to: the Web API methods ct-bot
 * uses (auth.test, apps.connections.open, chat.postMessage, chat.postEphemeral,
 * views.publish, users.info, conversations.info/join), a response_url sink, and a Socket
 * Mode WebSocket endpoint, all on one port.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeSocketMode, type FakeSocketMode } from "./fake-socket-mode.js";
import { createRecorder, type Recorder } from "./recorder.js";

/** One Web API call as received. */
export interface ApiCall {
  method: string;
  /** The bearer token the call was made with. */
  token: string | undefined;
  /** Arguments, with JSON-valued fields (blocks, view) parsed. */
  args: Record<string, unknown>;
}

/** One post to a response_url. */
export interface ResponsePost {
  /** The id at the end of the response_url. */
  id: string;
  body: Record<string, unknown>;
}

/** The fake. */
export interface FakeSlack {
  /** Web API base, e.g. http://127.0.0.1:1234/api/ (SLACK_API_URL). */
  readonly apiUrl: string;
  readonly calls: Recorder<ApiCall>;
  readonly responses: Recorder<ResponsePost>;
  readonly socketMode: FakeSocketMode;
  /** A fresh response_url; posts to it are recorded under the returned id. */
  responseUrl(): { id: string; url: string };
  close(): Promise<void>;
}

/** The bot user the fake's auth.test reports. */
export const FAKE_BOT = { userId: "UBOT0001", botId: "BBOT0001", teamId: "T0FAKE01" };

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls = createRecorder<ApiCall>("a Web API call");
  const responses = createRecorder<ResponsePost>("a response_url post");
  let base = "";

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  const socketMode = createFakeSocketMode(server);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const body = await readText(request);
    if (path.startsWith("/response/")) {
      responses.add({ id: path.slice("/response/".length), body: JSON.parse(body) });
      return send(response, 200, "ok", "text/plain");
    }
    if (!path.startsWith("/api/")) return send(response, 404, "not found", "text/plain");
    const method = path.slice("/api/".length);
    const call: ApiCall = {
      method,
      token: /^Bearer (.+)$/u.exec(request.headers.authorization ?? "")?.[1],
      args: parseArgs(body, request.headers["content-type"] ?? ""),
    };
    calls.add(call);
    return send(
      response,
      200,
      JSON.stringify(answer(call, base, socketMode.path)),
      "application/json",
    );
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `127.0.0.1:${port}`;

  return {
    apiUrl: `http://${base}/api/`,
    calls,
    responses,
    socketMode,
    responseUrl() {
      const id = randomUUID();
      return { id, url: `http://${base}/response/${id}` };
    },
    async close() {
      await socketMode.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Tokens containing this are refused, as Slack refuses a revoked token. */
export const REVOKED = "revoked";

/** What Slack would answer to `call`. */
function answer(call: ApiCall, base: string, socketPath: string): Record<string, unknown> {
  if (call.token?.includes(REVOKED)) return { ok: false, error: "invalid_auth" };
  switch (call.method) {
    case "auth.test":
      return {
        ok: true,
        url: "https://fake.slack.test/",
        team: "Fake",
        user: "ct-bot",
        team_id: FAKE_BOT.teamId,
        user_id: FAKE_BOT.userId,
        bot_id: FAKE_BOT.botId,
      };
    case "apps.connections.open":
      return { ok: true, url: `ws://${base}${socketPath}` };
    case "chat.postMessage":
      return { ok: true, channel: call.args.channel, ts: `${Date.now() / 1000}` };
    case "chat.postEphemeral":
      return { ok: true, message_ts: `${Date.now() / 1000}` };
    case "views.publish":
      return { ok: true, view: { id: "V0FAKE01", ...(call.args.view as object) } };
    case "users.info":
      return { ok: true, user: { id: call.args.user, name: "someone", real_name: "Some One" } };
    case "conversations.info":
      return { ok: true, channel: { id: call.args.channel, name: "general", is_member: false } };
    case "conversations.join":
      return { ok: true, channel: { id: call.args.channel, name: "general", is_member: true } };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

/** Web API arguments: form fields (JSON values parsed) or a JSON body. */
function parseArgs(body: string, contentType: string): Record<string, unknown> {
  if (body === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/u.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, status: number, text: string, type: string): void {
  response.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  response.end(text);
}
