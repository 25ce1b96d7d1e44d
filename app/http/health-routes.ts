/**
 * GET /readyz and GET /metrics. /healthz (alive) is built into the server; readiness says
 * whether this process should get traffic: content loaded, store reachable, platforms connected.
 */
import type { Registry } from "prom-client";
import { type HttpRoutes, type ReadinessCheck, sendJson } from "../../src/runtime/http.js";

/** A probe slower than this counts as failed: a hung database must not hang the check. */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Adds /readyz (200 when every check passes, else 503, with each check's result and, for the
 * failing ones that know it, `reasons`) and /metrics.
 */
export function addHealthRoutes(
  http: HttpRoutes,
  checks: readonly ReadinessCheck[],
  registry: Registry,
): void {
  http.route("GET", "/readyz", async (_request, response) => {
    const results = await Promise.all(
      checks.map(async (check) => [check.name, await settle(check.probe)] as const),
    );
    const ready = results.every(([, ok]) => ok);
    const reasons = checks.flatMap((check, i) => {
      const reason = results[i]?.[1] === false ? check.reason?.() : undefined;
      return reason === undefined ? [] : [[check.name, reason] as const];
    });
    sendJson(response, ready ? 200 : 503, {
      status: ready ? "ready" : "not ready",
      checks: Object.fromEntries(results),
      ...(reasons.length > 0 ? { reasons: Object.fromEntries(reasons) } : {}),
    });
  });
  http.route("GET", "/metrics", async (_request, response) => {
    const text = await registry.metrics();
    response.writeHead(200, { "content-type": registry.contentType });
    response.end(text);
  });
}

async function settle(probe: () => Promise<boolean> | boolean): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(probe), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
