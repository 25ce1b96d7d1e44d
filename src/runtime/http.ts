/**
 * What the shared HTTP server offers the parts that add routes to it (the platform adapters,
 * the health routes): the route contract and the two body helpers every route needs. The
 * server itself is built by the composition root (app/http/http-server.ts) and passed in.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Handles one request on a route. */
export type RouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void | Promise<void>;

/** The routes of the shared server, as adapters see them. */
export interface HttpRoutes {
  /** Adds a route; `path` is matched exactly, without the query string. */
  route(method: "GET" | "POST", path: string, handler: RouteHandler): void;
  /** True while the server accepts connections. */
  readonly listening: boolean;
}

/** One readiness check: a name and a probe that resolves true when fine. */
export interface ReadinessCheck {
  name: string;
  probe(): Promise<boolean> | boolean;
}

/** Sends `body` as JSON with `status`. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** Default largest request body read, in bytes. */
export const BODY_MAX_BYTES = 1_000_000;

/** Reads a request body as a Buffer, refusing bodies over `limit` bytes. */
export async function readBody(request: IncomingMessage, limit = BODY_MAX_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new Error("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
