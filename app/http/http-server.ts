/**
 * The one HTTP server a process runs whenever a platform adapter is up: Slack events,
 * Discord interactions and health checks share PORT.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type HttpRoutes, type RouteHandler, sendJson } from "../../src/runtime/http.js";
import type { Logger } from "../../src/runtime/logger.js";

/** The shared server. */
export interface HttpServer extends HttpRoutes {
  readonly server: Server;
  /**
   * Adds a route for every path under `prefix` (e.g. `/sources/` answers `/sources/a` and
   * `/sources/a/b`); exact routes win over prefixes.
   */
  routePrefix(method: "GET" | "POST", prefix: string, handler: RouteHandler): void;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The server's time limits, in milliseconds, and its connection cap. Slack and Discord wait
 * 3 s for an answer and send small bodies at once, so these leave a wide margin for real
 * platforms while a slow (or hostile) client loses its socket quickly.
 */
export interface HttpLimits {
  /** Whole request headers must arrive within this (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** The whole request, headers and body, must arrive within this (Node's requestTimeout). */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this (Node's keepAliveTimeout). */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two request deadlines above (its default, 30 s, lets them slip). */
  checkIntervalMs: number;
  /** Most connections open at once; more are refused (closed) until some end. */
  maxConnections: number;
}

/**
 * Default limits. 1,024 connections: far more than two platforms' webhooks need (each answers
 * within 3 s), and under the usual 1,024-descriptor soft limit with the store's few files.
 */
export const HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 1_000,
};

/**
 * Creates the server with GET /healthz already answering. `limits` are for tests and
 * benchmarks; production uses {@link HTTP_LIMITS}.
 *
 * @example
 * const http = createHttpServer(logger);
 * http.route("POST", "/discord/interactions", handler);
 * await http.listen(config.port);
 */
export function createHttpServer(logger: Logger, limits: Partial<HttpLimits> = {}): HttpServer {
  const {
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    checkIntervalMs,
    maxConnections,
  } = { ...HTTP_LIMITS, ...limits };
  const routes = new Map<string, RouteHandler>();
  const prefixes: Array<{ method: string; prefix: string; handler: RouteHandler }> = [];
  const prefixFor = (method: string | undefined, path: string) =>
    prefixes.find(
      (p) => (method === undefined || p.method === method) && path.startsWith(p.prefix),
    );
  const options = {
    headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: checkIntervalMs,
  };
  const server = createServer(options, (request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const handler =
      routes.get(`${request.method} ${path}`) ?? prefixFor(request.method, path)?.handler;
    if (handler === undefined) {
      const known = routesFor(routes, path) || prefixFor(undefined, path) !== undefined;
      sendJson(response, known ? 405 : 404, {
        error: known ? "method not allowed" : "not found",
      });
      return;
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        // The reference lets whoever saw the 500 find this line in the logs.
        const ref = randomUUID();
        logger.error({ err: error, path, ref }, "request handler failed");
        if (!response.headersSent) sendJson(response, 500, { error: "internal error", ref });
        else response.end();
      });
  });
  server.maxConnections = maxConnections;

  routes.set("GET /healthz", (_request, response) => sendJson(response, 200, { status: "ok" }));

  return {
    server,
    get listening() {
      return server.listening;
    },
    route(method, path, handler) {
      routes.set(`${method} ${path}`, handler);
    },
    routePrefix(method, prefix, handler) {
      prefixes.push({ method, prefix, handler });
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}

function routesFor(routes: ReadonlyMap<string, RouteHandler>, path: string): boolean {
  return [...routes.keys()].some((key) => key.endsWith(` ${path}`));
}
