/**
 * Posting answers to a Slack response_url (slash commands and button clicks) over node:http and
 * node:https with kept-alive connections. Bolt's own `respond` posts the same JSON through
 * fetch, which costs about three times the CPU per post (measured on loopback: ~740 µs against
 * ~210 µs, server side included), and every answer goes this way. Same contract as Bolt's
 * `respond`: resolves on a 2xx status, rejects on any other (or a network error).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { RespondArguments } from "@slack/bolt";
import { SlackAdapterError } from "../errors.js";

/**
 * How long one post may take before it fails: five minutes, fetch's own default wait for an
 * answer (Slack answers in well under a second).
 */
export const RESPONSE_URL_TIMEOUT_MS = 300_000;

/**
 * How long an idle kept-alive connection stays open: four seconds, fetch's own default, so a
 * connection the server has already dropped is rarely reused.
 */
export const RESPONSE_URL_IDLE_MS = 4_000;

/** Posts one message to the response_url it was made for. */
export type ResponseUrlPost = (message: RespondArguments) => Promise<void>;

/** Makes posts to response URLs, sharing connections between them. */
export interface ResponseUrlPoster {
  /** The post function for `responseUrl` (http: or https:, as Slack gave it). */
  to(responseUrl: string): ResponseUrlPost;
  /** Closes the idle connections (on stop). */
  close(): void;
}

/**
 * Creates a poster. A post that gets a status other than 2xx rejects with a
 * {@link SlackAdapterError} of code `slack_respond_failed`.
 *
 * @example
 * const poster = createResponseUrlPoster();
 * await poster.to(command.response_url)({ response_type: "ephemeral", text, blocks });
 */
export function createResponseUrlPoster(): ResponseUrlPoster {
  const agents = {
    http: new HttpAgent({ keepAlive: true, timeout: RESPONSE_URL_IDLE_MS }),
    https: new HttpsAgent({ keepAlive: true, timeout: RESPONSE_URL_IDLE_MS }),
  };
  return {
    to: (responseUrl) => (message) =>
      new Promise<void>((resolve, reject) => {
        const secure = responseUrl.startsWith("https:");
        const body = JSON.stringify(message);
        const request = (secure ? httpsRequest : httpRequest)(
          responseUrl,
          {
            method: "POST",
            agent: secure ? agents.https : agents.http,
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
            },
          },
          (response: IncomingMessage) => {
            // Read the answer to the end, so the connection can carry the next post.
            response.resume();
            response.once("error", reject);
            response.once("end", () => {
              const status = response.statusCode ?? 0;
              if (status >= 200 && status < 300) resolve();
              else reject(respondFailed(status, response.statusMessage));
            });
          },
        );
        request.setTimeout(RESPONSE_URL_TIMEOUT_MS, () => {
          request.destroy(
            new SlackAdapterError(
              "slack_respond_failed",
              `no answer from the response_url within ${RESPONSE_URL_TIMEOUT_MS} ms`,
            ),
          );
        });
        request.once("error", reject);
        request.end(body);
      }),
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function respondFailed(status: number, statusText: string | undefined): SlackAdapterError {
  return new SlackAdapterError(
    "slack_respond_failed",
    `Failed to respond to the response_url: ${status} ${statusText ?? ""}`.trimEnd(),
  );
}
