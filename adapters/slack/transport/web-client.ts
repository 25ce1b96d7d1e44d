/**
 * The Web API client for daily posts and `/ct daily` checks. Unlike Bolt's own client it
 * never retries and never queues behind a 429: the scheduler owns retries (it sleeps for
 * Retry-After, backs off on 5xx, and must never repeat a send whose outcome is unknown), so
 * every call makes exactly one attempt and reports how it went.
 */
import { type Logger as BoltLogger, webApi } from "@slack/bolt";

/** How long one Web API call may take before it is abandoned (its outcome is then unknown). */
export const SLACK_DAILY_TIMEOUT_MS = 10_000;

/** Seconds to wait after a 429 that came without a usable Retry-After header. */
export const RETRY_AFTER_DEFAULT_S = 1;

/** Options for {@link createDailyWebClient}. */
export interface DailyWebClientOptions {
  /** SLACK_API_URL; Slack's own when unset. */
  apiUrl?: string;
  logger: BoltLogger;
  timeoutMs?: number;
}

/**
 * A token-less client: each call passes the token of its workspace (see slack-tokens.ts).
 *
 * @example
 * const client = createDailyWebClient({ apiUrl: config.slack.apiUrl, logger: boltLogger });
 * await client.chat.postMessage({ token, channel, text, blocks });
 */
export function createDailyWebClient(options: DailyWebClientOptions): webApi.WebClient {
  return new webApi.WebClient(undefined, {
    ...(options.apiUrl === undefined ? {} : { slackApiUrl: webApiBase(options.apiUrl) }),
    logger: options.logger,
    retryConfig: { retries: 0 },
    // A 429 comes back at once as a rate-limited error instead of pausing the client's queue.
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? SLACK_DAILY_TIMEOUT_MS,
    fetch: fetchWithRetryAfter,
  });
}

/**
 * fetch, except that a 429 always carries a Retry-After. The SDK reports a 429 without one
 * (a proxy may drop the header) as a plain error, indistinguishable from a lost response;
 * nothing was posted, so it is a rate limit like any other.
 */
const fetchWithRetryAfter: webApi.FetchFunction = async (url, init) => {
  const response = await fetch(url, init);
  const seconds = Number.parseInt(response.headers.get("retry-after") ?? "", 10);
  if (response.status !== 429 || !Number.isNaN(seconds)) return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", String(RETRY_AFTER_DEFAULT_S));
  return new Response(response.body, { status: 429, statusText: response.statusText, headers });
};

/** The Web API base with the trailing slash the Slack SDK joins method names to. */
export function webApiBase(apiUrl: string): string {
  return apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
}

/**
 * Retries of the app's own Web API client (auth.test at start-up, listener calls): a few
 * quick ones. The Web API's default (ten retries over about 30 minutes) would hold start-up
 * for that long while Slack is unreachable; start-up retries on its own, with backoff, and
 * reports "not ready" meanwhile.
 */
export const SLACK_APP_RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 };

/** The app's Web API client options: SLACK_API_URL when set, and {@link SLACK_APP_RETRY_CONFIG}. */
export function appClientOptions(apiUrl: string | undefined): {
  slackApiUrl?: string;
  retryConfig: typeof SLACK_APP_RETRY_CONFIG;
} {
  return {
    ...(apiUrl === undefined ? {} : { slackApiUrl: webApiBase(apiUrl) }),
    retryConfig: SLACK_APP_RETRY_CONFIG,
  };
}
