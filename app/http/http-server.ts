/**
 * The one HTTP server a process runs whenever a platform adapter is up: Slack events,
 * Discord interactions and health checks share PORT.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type HttpRoutes, type RouteHandler, sendJson } from "../../src/runtime/http.js";
import type { Logger } from "../../src/runtime/logger.js";

/** The shared server. */
export interface HttpServer extends HttpRoutes {
  readonly server: Server;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Creates the server with GET /healthz already answering.
 *
 * @example
 * const http = createHttpServer(logger);
 * http.route("POST", "/discord/interactions", handler);
 * await http.listen(config.port);
 */
export function createHttpServer(logger: Logger): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const handler = routes.get(`${request.method} ${path}`);
    if (handler === undefined) {
      sendJson(response, routesFor(routes, path) ? 405 : 404, {
        error: routesFor(routes, path) ? "method not allowed" : "not found",
      });
      return;
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        logger.error({ err: error, path }, "request handler failed");
        if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
        else response.end();
      });
  });
  // Slack and Discord both time out at 3 s; a slow client must not hold a socket forever.
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  routes.set("GET /healthz", (_request, response) => sendJson(response, 200, { status: "ok" }));

  return {
    server,
    get listening() {
      return server.listening;
    },
    route(method, path, handler) {
      routes.set(`${method} ${path}`, handler);
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
