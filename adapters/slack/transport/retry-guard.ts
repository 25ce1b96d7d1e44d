/**
 * Bolt middleware that runs before every listener: drops repeated deliveries (Slack retries)
 * after acknowledging them, and tracks the rest as work in progress.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../../src/runtime/logger.js";
import type { DeliveryDedupe } from "./delivery-dedupe.js";
import { deliveryKey } from "./delivery-key.js";
import type { InflightWork } from "./inflight-work.js";

/** What the guard needs. */
export interface DeliveryGuardDeps {
  dedupe: DeliveryDedupe;
  work: InflightWork;
  logger: Logger;
}

/** Creates the guard middleware. */
export function createDeliveryGuard(deps: DeliveryGuardDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body);
    if (key !== undefined && (await alreadySeen(deps, key))) {
      deps.logger.info(
        { key, retryNum: args.context.retryNum, retryReason: args.context.retryReason },
        "ignored a repeated Slack delivery",
      );
      // Acknowledge so Slack stops retrying; events were acknowledged by Bolt already.
      if ("ack" in args && typeof args.ack === "function") await args.ack();
      return;
    }
    await deps.work.track(args.next());
  };
}

/** Whether `key` was handled before. If the store fails, answering twice beats not answering. */
async function alreadySeen(deps: DeliveryGuardDeps, key: string): Promise<boolean> {
  try {
    return await deps.dedupe.seen(key);
  } catch (error) {
    deps.logger.warn({ err: error, key }, "delivery dedupe failed; handling the delivery anyway");
    return false;
  }
}
