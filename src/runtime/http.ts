/**
 * What the shared HTTP server offers the parts that add routes to it (the platform adapters,
 * the health routes): the route contract and the two body helpers every route needs. The
 * server itself is built by the composition root (app/http/http-server.ts) and passed in.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { CtBotError } from "./errors.js";

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
  /** Why the check fails, when known (e.g. "unreachable, retrying in 8s: ECONNREFUSED"). */
  reason?(): string | undefined;
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

/**
 * How long a request body may take to arrive, in milliseconds, from the moment a route starts
 * reading it. Slack and Discord send a few kilobytes at once; only a slow (or hostile) client
 * needs longer, and it must not hold a socket beyond this.
 */
export const BODY_READ_TIMEOUT_MS = 5_000;

/** A request body that could not be read: `body_too_large` (413) or `body_timeout` (408). */
export class RequestBodyError extends CtBotError {
  /** The HTTP status that answers it. */
  readonly status: 408 | 413;

  constructor(code: "body_too_large" | "body_timeout", message: string) {
    super(code, message);
    this.status = code === "body_too_large" ? 413 : 408;
  }
}

/** Options for {@link readBody}. */
export interface ReadBodyOptions {
  /** Largest body, in bytes (default {@link BODY_MAX_BYTES}). */
  limit?: number;
  /** Deadline for the whole body, in milliseconds (default {@link BODY_READ_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/**
 * Reads a request body as a Buffer. Rejects with {@link RequestBodyError} when the body is over
 * the limit or has not fully arrived by the deadline; the request stops being read either way.
 */
export async function readBody(
  request: IncomingMessage,
  options: ReadBodyOptions = {},
): Promise<Buffer> {
  const limit = options.limit ?? BODY_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? BODY_READ_TIMEOUT_MS;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: RequestBodyError) => {
      clearTimeout(timer);
      request.off("data", onData).off("end", onEnd).off("error", onError).off("aborted", onAborted);
      if (error) {
        request.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(new RequestBodyError("body_too_large", "request body too large"));
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new RequestBodyError("body_timeout", "request body not received"));
    const onAborted = onError;
    const timer = setTimeout(
      () => finish(new RequestBodyError("body_timeout", "request body too slow")),
      timeoutMs,
    );
    request.on("data", onData).on("end", onEnd).on("error", onError).on("aborted", onAborted);
  });
}

/**
 * Reads the body like {@link readBody}; when it cannot be read, answers 413 or 408 itself
 * (closing the connection, so a slow client's socket is released) and resolves undefined.
 *
 * @example
 * const body = await readBodyOrAnswer(request, response, { limit: 256 * 1024 });
 * if (body === undefined) return;
 */
export async function readBodyOrAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  options: ReadBodyOptions = {},
): Promise<Buffer | undefined> {
  try {
    return await readBody(request, options);
  } catch (error) {
    if (!(error instanceof RequestBodyError)) throw error;
    if (!response.headersSent) {
      response.setHeader("connection", "close");
      sendJson(response, error.status, { error: error.message });
    }
    // The rest of the body is never read: free the socket once the answer is out.
    response.once("finish", () => request.socket.destroy());
    return undefined;
  }
}
