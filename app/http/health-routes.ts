/**
 * GET /readyz and GET /metrics. /healthz (alive) is built into the server; readiness says
 * whether this process should get traffic: content loaded, store reachable, platforms connected.
 */
import type { Registry } from "prom-client";
import { CtBotError } from "../../src/runtime/errors.js";
import { type HttpRoutes, type ReadinessCheck, sendJson } from "../../src/runtime/http.js";

/** A probe slower than this counts as failed: a hung database must not hang the check. */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Adds /readyz (200 when every check passes, else 503, with each check's result and, for a
 * failing check, why under `reasons`: a probe's thrown message, e.g.
 * `{ store: "the disk is full" }`, or the check's own `reason()`, e.g. "connecting to Slack")
 * and /metrics. `details` adds fields to /readyz's JSON that do not change readiness, e.g.
 * `{ content: "stale" }` when a reload failed and older content is still served.
 */
export function addHealthRoutes(
  http: HttpRoutes,
  checks: readonly ReadinessCheck[],
  registry: Registry,
  details: () => Record<string, unknown> = () => ({}),
): void {
  http.route("GET", "/readyz", async (_request, response) => {
    const results = await Promise.all(
      checks.map(async (check) => [check.name, await settle(check.probe)] as const),
    );
    const ready = results.every(([, result]) => result.ok);
    const reasons = results.flatMap(([name, result], i) => {
      const reason = result.ok ? undefined : (result.reason ?? checks[i]?.reason?.());
      return reason === undefined ? [] : [[name, reason] as const];
    });
    sendJson(response, ready ? 200 : 503, {
      status: ready ? "ready" : "not ready",
      checks: Object.fromEntries(results.map(([name, result]) => [name, result.ok])),
      ...(reasons.length > 0 ? { reasons: Object.fromEntries(reasons) } : {}),
      ...details(),
    });
  });
  http.route("GET", "/metrics", async (_request, response) => {
    const text = await registry.metrics();
    response.writeHead(200, { "content-type": registry.contentType });
    response.end(text);
  });
}

async function settle(
  probe: () => Promise<boolean> | boolean,
): Promise<{ ok: boolean; reason?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: boolean; reason: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `no answer within ${READINESS_TIMEOUT_MS} ms` }),
      READINESS_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(probe)
        .then((ok) => ({ ok })),
      timeout,
    ]);
  } catch (error) {
    // Only our coded errors carry a message meant for operators; others stay generic.
    const coded = error instanceof CtBotError;
    return { ok: false, reason: coded ? error.message : "the check failed" };
  } finally {
    clearTimeout(timer);
  }
}
