/**
 * What POST /slack/events checks before Bolt's HTTPReceiver sees a request. Bolt checks the
 * signature and that the timestamp is not too old, but accepts one from the future, and its
 * listener throws (unawaited) on a signed body that is not an object (`null`, `payload=null`).
 * Here: the body is read within a deadline, the timestamp must be within 5 minutes either way,
 * the signature must match, and the body must be an object; anything else is answered 4xx.
 * The body read here is handed to Bolt (its `rawBody`), which then does not read it again.
 * This is the only door to Bolt's receiver for POSTs, so the receiver does not check the
 * signature a second time (receivers.ts): the gate does all Bolt's checks would, the signature
 * with the same decision as Bolt's own function (slack-signature.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ParsedUrlQuery, parse as parseForm } from "node:querystring";
import { readBodyOrAnswer, sendJson } from "../../../src/runtime/http.js";
import { isFreshTimestamp } from "../../../src/runtime/request-freshness.js";
import { isSignedBySlack } from "./slack-signature.js";

/** Slack's payloads are a few kilobytes; Bolt's own default limit. */
export const SLACK_BODY_MAX_BYTES = 4 * 1024 * 1024;

/** The content type Slack uses for slash commands and interactions (Bolt matches it exactly). */
const FORM = "application/x-www-form-urlencoded";

/** What Bolt is handed for Slack's SSL check: the check alone. */
const SSL_CHECK = "ssl_check=1";

/** A request Bolt may process: its body, already read and checked. */
export type GatedRequest = IncomingMessage & { rawBody: Buffer };

/**
 * Checks one request; answers it (401, 400, 408, 413) and resolves undefined when it must not
 * reach Bolt, else resolves the request with its `rawBody` set.
 *
 * @example
 * const gated = await gateSlackRequest(request, response, signingSecret);
 * if (gated) receiver.requestListener(gated, response);
 */
export async function gateSlackRequest(
  request: IncomingMessage,
  response: ServerResponse,
  signingSecret: string,
  now: () => number = Date.now,
): Promise<GatedRequest | undefined> {
  const body = await readBodyOrAnswer(request, response, { limit: SLACK_BODY_MAX_BYTES });
  if (body === undefined) return undefined;
  const text = body.toString("utf8");
  const form = request.headers["content-type"] === FORM ? parseForm(text) : undefined;
  // Slack's SSL check carries no signature; like Bolt, pass on the check alone, so nothing
  // unsigned beside ssl_check=1 can reach a listener.
  if (form?.ssl_check === "1") return Object.assign(request, { rawBody: Buffer.from(SSL_CHECK) });
  const timestamp = header(request, "x-slack-request-timestamp");
  const signature = header(request, "x-slack-signature");
  const signed =
    timestamp !== undefined &&
    signature !== undefined &&
    isFreshTimestamp(timestamp, now()) &&
    isSignedBySlack({ signingSecret, timestamp, signature, body: text });
  if (!signed) {
    sendJson(response, 401, { error: "invalid or stale request signature" });
    return undefined;
  }
  if (!isSlackPayload(text, form)) {
    sendJson(response, 400, { error: "not a Slack payload" });
    return undefined;
  }
  return Object.assign(request, { rawBody: body });
}

/**
 * True when `text` parses, the way Bolt parses it, to what Slack sends: a slash command form
 * (with `command`), or an object with a `type` (events, interactions in `payload=`). Anything
 * else would reach no listener, and Bolt would hold the request 3 s before giving up on it.
 */
function isSlackPayload(text: string, form: ParsedUrlQuery | undefined): boolean {
  try {
    if (form) {
      if (form.payload === undefined) return typeof form.command === "string";
      return typeof form.payload === "string" && hasType(JSON.parse(form.payload));
    }
    return hasType(JSON.parse(text));
  } catch {
    return false;
  }
}

function hasType(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>).type === "string"
  );
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
