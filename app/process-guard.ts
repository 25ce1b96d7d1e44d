/**
 * The last line of defence of a serving process: an error no request, timer or event path
 * caught (a library's unawaited promise, a throw in a callback) is logged with a reference id,
 * and the process keeps serving instead of exiting and dropping every other conversation.
 */
import { randomUUID } from "node:crypto";
import type { Logger } from "../src/runtime/logger.js";

/** What {@link guardProcess} returns: removes the handlers (tests, shutdown). */
export type Unguard = () => void;

/**
 * Installs `unhandledRejection` and `uncaughtException` handlers that log the error (with a
 * `ref` to quote in a bug report) and keep the process running. Only for the long-running
 * server (`start`, `serve`): one-shot commands should fail loudly.
 *
 * @example
 * const unguard = guardProcess(logger);
 */
export function guardProcess(logger: Logger, target: NodeJS.Process = process): Unguard {
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason, ref: randomUUID() }, "unhandled rejection; still serving");
  };
  const onException = (error: Error) => {
    logger.error({ err: error, ref: randomUUID() }, "uncaught exception; still serving");
  };
  target.on("unhandledRejection", onRejection);
  target.on("uncaughtException", onException);
  return () => {
    target.off("unhandledRejection", onRejection);
    target.off("uncaughtException", onException);
  };
}
