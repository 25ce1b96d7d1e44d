/**
 * Bolt's logger interface on top of our pino logger, so Bolt's and the Socket Mode client's
 * lines are JSON like ours and go through the same redaction and secret scrubbing.
 */
import { inspect } from "node:util";
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../../src/runtime/logger.js";

type Method = "debug" | "info" | "warn" | "error";

/**
 * A Bolt logger writing to `logger` (a child tagged `component: "slack"`). Bolt calls
 * `setLevel` with its own default; the level stays the one our configuration chose.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack" });
  const write =
    (method: Method) =>
    (...parts: unknown[]): void => {
      // Bolt and its Web API client log at debug on every call; formatting those lines
      // (util.inspect of objects) costs more than the call itself when nobody reads them.
      if (!child.isLevelEnabled(method)) return;
      const error = parts.find((p): p is Error => p instanceof Error);
      const text = parts
        .filter((p) => p !== error)
        .map((p) => (typeof p === "string" ? p : inspect(p, { depth: 3, breakLength: Infinity })))
        .join(" ");
      if (error) child[method]({ err: error }, text === "" ? error.message : text);
      else child[method](text);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: () => {},
    getLevel: () => boltLevelOf(child.level),
    setName: () => {},
  };
}

/** Bolt's level for a pino level. */
export function boltLevelOf(level: string): LogLevel {
  switch (level) {
    case "trace":
    case "debug":
      return LogLevel.DEBUG;
    case "info":
      return LogLevel.INFO;
    case "warn":
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}
