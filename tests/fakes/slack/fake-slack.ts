/**
 * A fake Slack on 127.0.0.1 for the real Bolt app and the daily poster to talk to: the Web
 * API methods ct-bot uses (auth.test, apps.connections.open, chat.postMessage,
 * chat.postEphemeral, views.publish, users.info, conversations.info/join, oauth.v2.access)
 * with injectable faults, the OAuth authorize page, a response_url sink, and a Socket Mode
 * WebSocket endpoint, all on one port.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FAKE_BOT } from "./fake-app.js";
import { createFaultBook, type FakeFault, type FaultBook } from "./fake-faults.js";
import { parseArgs, readText, send } from "./fake-http.js";
import { authTestOf, createFakeOAuth, type FakeOAuth } from "./fake-oauth.js";
import { createFakeSocketMode, type FakeSocketMode } from "./fake-socket-mode.js";
import { createFakeWorkspace, type FakeWorkspace } from "./fake-workspace.js";
import { createRecorder, type Recorder } from "./recorder.js";

/** One Web API call as received. */
export interface ApiCall {
  method: string;
  /** The bearer token the call was made with. */
  token: string | undefined;
  /** Arguments, with JSON-valued fields (blocks, view) parsed. */
  args: Record<string, unknown>;
}

/** A message chat.postMessage put in a channel. */
export interface PostedMessage {
  channel: string;
  ts: string;
  /** The arguments it was posted with (text, blocks, unfurl flags). */
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
  /** Messages that reached a channel, in order. */
  readonly posts: Recorder<PostedMessage>;
  readonly responses: Recorder<ResponsePost>;
  readonly socketMode: FakeSocketMode;
  readonly workspace: FakeWorkspace;
  readonly faults: FaultBook;
  /** OAuth installs: the authorize page, oauth.v2.access, the tokens issued. */
  readonly oauth: FakeOAuth;
  /** Messages posted in `channel`. */
  postsIn(channel: string): PostedMessage[];
  /** Web API calls of `method` (about `channel`, when given). */
  callsOf(method: string, channel?: string): ApiCall[];
  /** Calls held open by a "held" fault, all or those made with `token`. */
  heldCount(token?: string): number;
  /** Answers every held call. */
  releaseHeld(): void;
  /** A fresh response_url; posts to it are recorded under the returned id. */
  responseUrl(): { id: string; url: string };
  close(): Promise<void>;
}

export { FAKE_BOT } from "./fake-app.js";

/** Tokens containing this are refused, as Slack refuses a revoked token. */
export const REVOKED = "revoked";

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls = createRecorder<ApiCall>("a Web API call");
  const posts = createRecorder<PostedMessage>("a posted message");
  const responses = createRecorder<ResponsePost>("a response_url post");
  const workspace = createFakeWorkspace();
  const faults = createFaultBook();
  const oauth = createFakeOAuth();
  const timers = new Set<NodeJS.Timeout>();
  const held: Array<{ token: string | undefined; release: () => void }> = [];
  let base = "";

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  const socketMode = createFakeSocketMode(server);

  /** Slack's answer to `call`, recording a post that went through. */
  const answerAndRecord = (call: ApiCall): Record<string, unknown> => {
    const answer = answerOf(call, { workspace, oauth }, base, socketMode.path);
    if (call.method === "chat.postMessage" && answer.ok === true) {
      posts.add({ channel: String(call.args.channel), ts: String(answer.ts), args: call.args });
    }
    return answer;
  };

  const applyFault = (fault: FakeFault, call: ApiCall, response: ServerResponse) => {
    switch (fault.kind) {
      case "rate-limited":
        return send(
          response,
          429,
          { ok: false, error: "ratelimited" },
          fault.retryAfterS === undefined ? {} : { "retry-after": String(fault.retryAfterS) },
        );
      case "http-error":
        return send(response, fault.status, "internal error");
      case "slack-error":
        return send(response, 200, { ok: false, error: fault.error });
      case "hang":
        // Left open until the client gives up or the fake closes.
        return;
      case "held": {
        const answer = answerAndRecord(call);
        held.push({
          token: call.token,
          release: () => !response.destroyed && send(response, 200, answer),
        });
        return;
      }
      case "slow": {
        const answer = answerAndRecord(call);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) send(response, 200, answer);
        }, fault.delayMs);
        timers.add(timer);
        return;
      }
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const body = await readText(request);
    if (path.startsWith("/response/")) {
      responses.add({ id: path.slice("/response/".length), body: JSON.parse(body) });
      return send(response, 200, "ok");
    }
    if (path === "/oauth/v2/authorize") {
      const answer = oauth.authorize(new URL(request.url ?? "/", "http://fake").searchParams);
      if ("error" in answer) return send(response, 400, answer.error);
      return send(response, 302, "", { location: answer.location });
    }
    if (!path.startsWith("/api/")) return send(response, 404, "not found");
    const call: ApiCall = {
      method: path.slice("/api/".length),
      token: /^Bearer (.+)$/u.exec(request.headers.authorization ?? "")?.[1],
      args: parseArgs(body, request.headers["content-type"] ?? ""),
    };
    calls.add(call);
    const fault = faults.take(call.method, call.args);
    if (fault) return applyFault(fault, call, response);
    return send(response, 200, answerAndRecord(call));
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `127.0.0.1:${port}`;

  return {
    apiUrl: `http://${base}/api/`,
    calls,
    posts,
    responses,
    socketMode,
    workspace,
    faults,
    oauth,
    postsIn: (channel) => posts.all.filter((p) => p.channel === channel),
    heldCount: (token) => held.filter((h) => token === undefined || h.token === token).length,
    releaseHeld() {
      for (const call of held.splice(0)) call.release();
    },
    callsOf: (method, channel) =>
      calls.all.filter(
        (c) => c.method === method && (channel === undefined || c.args.channel === channel),
      ),
    responseUrl() {
      const id = randomUUID();
      return { id, url: `http://${base}/response/${id}` };
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await socketMode.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What Slack would answer to `call` (faults aside). */
function answerOf(
  call: ApiCall,
  { workspace, oauth }: { workspace: FakeWorkspace; oauth: FakeOAuth },
  base: string,
  socketPath: string,
): Record<string, unknown> {
  if (call.token?.includes(REVOKED)) return { ok: false, error: "invalid_auth" };
  const install = oauth.installOf(call.token);
  if (install?.revoked) return { ok: false, error: "token_revoked" };
  if (install?.expiresAtMs !== undefined && Date.now() >= install.expiresAtMs) {
    return { ok: false, error: "token_expired" };
  }
  // The exchange is authenticated by the client id and secret, not by a token.
  if (call.method === "oauth.v2.access") return oauth.access(call.args);
  const answer = workspace.answer(call.method, call.args);
  if (answer) return answer;
  switch (call.method) {
    case "auth.test":
      if (install) return authTestOf(install);
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
    case "chat.postEphemeral":
      return { ok: true, message_ts: `${Date.now() / 1000}` };
    case "views.publish":
      return { ok: true, view: { id: "V0FAKE01", ...(call.args.view as object) } };
    default:
      return { ok: false, error: "unknown_method" };
  }
}
