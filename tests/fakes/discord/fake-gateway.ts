/**
 * The fake Discord gateway: HELLO on connect, READY then one GUILD_CREATE per guild after
 * IDENTIFY (discord.js waits 15 s for missing guilds), heartbeat ACKs, and dispatches.
 */
import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import { fakeId } from "./fake-rest.js";

/** One IDENTIFY the gateway received. */
export interface Identify {
  token: string;
  intents: number;
  /** `[shard id, shard count]` as the client sent it; `[0, 1]` when it sent none. */
  shard: [number, number];
}

/** What the gateway announces about itself. */
export interface GatewayOptions {
  appId: string;
  botUserId: string;
  guildIds: readonly string[];
  channelId: string;
  /** Milliseconds; small in tests so heartbeats happen. */
  heartbeatIntervalMs: number;
}

/** The running gateway. */
export interface FakeGateway {
  identifies: Identify[];
  /** Heartbeats received (op 1), each acknowledged with op 11. */
  heartbeats: number;
  /** Sessions that identified and are open. */
  readonly sessions: number;
  /** Sends a dispatch (op 0) to every identified session. */
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
}

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 };

/** Starts the gateway on `server` (same port as the REST API, any path). */
export function startFakeGateway(server: Server, options: GatewayOptions): FakeGateway {
  const wss = new WebSocketServer({ server });
  const identified = new Set<WebSocket>();
  let sequence = 0;
  const gateway: FakeGateway = {
    identifies: [],
    heartbeats: 0,
    get sessions() {
      return identified.size;
    },
    dispatch(event, data) {
      sequence += 1;
      const frame = JSON.stringify({ op: OP.dispatch, t: event, s: sequence, d: data });
      for (const socket of identified) socket.send(frame);
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of wss.clients) socket.terminate();
        wss.close(() => resolve());
      }),
  };

  wss.on("connection", (socket) => {
    const send = (payload: unknown) => socket.send(JSON.stringify(payload));
    send({ op: OP.hello, d: { heartbeat_interval: options.heartbeatIntervalMs } });
    socket.on("close", () => identified.delete(socket));
    socket.on("message", (raw) => {
      const { op, d } = JSON.parse(String(raw)) as {
        op: number;
        d: Record<string, unknown> | null;
      };
      if (op === OP.heartbeat) {
        gateway.heartbeats += 1;
        send({ op: OP.heartbeatAck });
      } else if (op === OP.identify && d) {
        const shard = Array.isArray(d.shard)
          ? (d.shard as [number, number])
          : ([0, 1] as [number, number]);
        gateway.identifies.push({ token: String(d.token), intents: Number(d.intents), shard });
        identified.add(socket);
        // A guild belongs to shard (guild id >> 22) % shard count, as on Discord.
        const guildIds = options.guildIds.filter(
          (id) => Number((BigInt(id) >> 22n) % BigInt(shard[1])) === shard[0],
        );
        sequence += 1;
        send({
          op: OP.dispatch,
          t: "READY",
          s: sequence,
          d: readyData(options, server, guildIds, shard),
        });
        for (const id of guildIds) {
          sequence += 1;
          send({ op: OP.dispatch, t: "GUILD_CREATE", s: sequence, d: guildData(id, options) });
        }
      } else if (op === OP.resume) {
        identified.add(socket);
        sequence += 1;
        send({ op: OP.dispatch, t: "RESUMED", s: sequence, d: {} });
      }
    });
  });
  return gateway;
}

function readyData(
  options: GatewayOptions,
  server: Server,
  guildIds: readonly string[],
  shard: [number, number],
) {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    v: 10,
    user: {
      id: options.botUserId,
      username: "ct-bot",
      discriminator: "0",
      global_name: null,
      avatar: null,
      bot: true,
    },
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: fakeId(),
    resume_gateway_url: `ws://127.0.0.1:${port}`,
    application: { id: options.appId, flags: 0 },
    shard,
  };
}

function guildData(id: string, options: GatewayOptions) {
  return {
    id,
    name: `Guild ${id}`,
    icon: null,
    owner_id: options.botUserId,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: "2026-01-01T00:00:00.000Z",
    features: [],
    roles: [],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    channels: [
      { id: options.channelId, type: 0, name: "general", position: 0, permission_overwrites: [] },
    ],
  };
}
