/**
 * The Socket Mode side of the fake Slack: a WebSocket endpoint that says hello, sends
 * envelopes (slash commands, interactive payloads, events) and records the app's acks.
 */
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import { createRecorder, type Recorder } from "./recorder.js";

/** An acknowledgement the app sent for an envelope. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

/** Envelope types ct-bot handles. */
export type EnvelopeType = "slash_commands" | "interactive" | "events_api";

/** The fake Socket Mode endpoint. */
export interface FakeSocketMode {
  /** Path of the WebSocket URL apps.connections.open returns. */
  readonly path: string;
  readonly acks: Recorder<SocketAck>;
  /** Resolves once an app has connected and been greeted. */
  connected(): Promise<void>;
  /** Sends an envelope; resolves with its ack. `retryAttempt` marks a redelivery. */
  deliver(type: EnvelopeType, payload: unknown, retryAttempt?: number): Promise<SocketAck>;
  close(): Promise<void>;
}

/** Attaches a Socket Mode endpoint to `server` at `path`. */
export function createFakeSocketMode(server: Server, path = "/socket-mode"): FakeSocketMode {
  const wss = new WebSocketServer({ server, path });
  const acks = createRecorder<SocketAck>("a Socket Mode ack");
  const sockets = new Set<WebSocket>();
  const greeted = createRecorder<WebSocket>("a Socket Mode connection");

  wss.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as SocketAck;
      if (typeof message.envelope_id === "string") acks.add(message);
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake-slack", build_number: 1, approximate_connection_time: 3600 },
        connection_info: { app_id: "A0FAKE" },
      }),
    );
    greeted.add(socket);
  });

  return {
    path,
    acks,
    async connected() {
      await greeted.waitFor((socket) => sockets.has(socket));
    },
    deliver(type, payload, retryAttempt = 0) {
      const envelopeId = randomUUID();
      const envelope = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: retryAttempt,
        retry_reason: retryAttempt > 0 ? "timeout" : "",
      };
      const text = JSON.stringify(envelope);
      for (const socket of sockets) socket.send(text);
      return acks.waitFor((ack) => ack.envelope_id === envelopeId);
    },
    close() {
      for (const socket of sockets) socket.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
