/**
 * What a failed chat.postMessage means for the scheduler: wait and retry, retry with backoff,
 * never retry (it may have been posted), or stop until a person fixes something.
 */
import { webApi } from "@slack/bolt";
import {
  classifySendFailure,
  RETRY_AFTER_DEFAULT_S,
  type SendResult,
} from "../../../src/daily/port.js";

/** What to do when the bot is not in the channel. */
export const INVITE_FIX = "invite the bot: /invite @ct-bot";
const REINSTALL_FIX =
  "reinstall ct-bot in this workspace and set its new bot token as SLACK_BOT_TOKEN";
const SCOPES_FIX =
  "update the app with the manifest from `ct-bot slack manifest` and reinstall it, so it has every scope it needs";
const ADMIN_FIX =
  "ask a workspace admin to let ct-bot post in this channel, or use another channel";
const BUG_FIX = "this is a ct-bot bug: report it with the error from the bot's log";

/**
 * Slack errors that keep failing until a person acts, and what that person can do. The
 * message was not posted (Slack refused it), so after three in a row the subscription pauses.
 */
export const PERMANENT_FIXES: Readonly<Record<string, string>> = {
  not_in_channel: INVITE_FIX,
  channel_not_found: `${INVITE_FIX} (if the channel was deleted, nothing needs doing)`,
  is_archived: "unarchive the channel, or turn daily posts on in another one",
  account_inactive: REINSTALL_FIX,
  invalid_auth: REINSTALL_FIX,
  not_authed: REINSTALL_FIX,
  token_revoked: REINSTALL_FIX,
  token_expired: REINSTALL_FIX,
  not_allowed_token_type: "set SLACK_BOT_TOKEN to the app's bot token (xoxb-…)",
  missing_scope: SCOPES_FIX,
  no_permission: SCOPES_FIX,
  access_denied: ADMIN_FIX,
  restricted_action: ADMIN_FIX,
  restricted_action_read_only_channel: ADMIN_FIX,
  restricted_action_thread_only_channel: ADMIN_FIX,
  restricted_action_non_threadable_channel: ADMIN_FIX,
  ekm_access_denied: "ask your Enterprise Key Management administrators to restore ct-bot's access",
  team_access_not_granted: "ask an Enterprise Grid org admin to add ct-bot to this workspace",
  msg_too_long: BUG_FIX,
  msg_blocks_too_long: BUG_FIX,
  invalid_blocks: BUG_FIX,
  invalid_blocks_format: BUG_FIX,
  invalid_arguments: BUG_FIX,
  no_text: BUG_FIX,
};

/** Slack errors after which nothing was posted and the same call may succeed later. */
const RETRYABLE_ERRORS = new Set(["service_unavailable", "request_timeout", "team_added_to_org"]);

/**
 * Slack errors after which "some aspect of the operation" may have succeeded (Slack's words):
 * the message may be in the channel, so the post is never repeated.
 */
const MAYBE_POSTED_ERRORS = new Set(["fatal_error", "internal_error"]);

/**
 * The {@link SendResult} for an error thrown by a chat.postMessage call made with the daily
 * client (no retries, 429s rejected at once).
 */
export function sendResultOf(error: unknown): SendResult {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { kind: "rate-limited", retryAfterMs: error.retryAfter * 1000 };
  }
  if (error instanceof webApi.WebAPIPlatformError) return platformResult(error.data);
  if (error instanceof webApi.WebAPIHTTPError) {
    // Slack answers 200 or 429; a 5xx (or a proxy's 408) means the request was not handled.
    if (error.statusCode >= 500 || error.statusCode === 408) {
      return { kind: "transient", error: `http_${error.statusCode}` };
    }
    return {
      kind: "permanent",
      reason: `http_${error.statusCode}`,
      fix: "check that SLACK_API_URL points at Slack's Web API",
    };
  }
  // A timeout or a dropped connection after the request went out: Slack may have posted the
  // message, and chat.postMessage has no idempotency key, so it is not deduped.
  if (error instanceof webApi.WebAPIRequestError)
    return classifySendFailure(error.original, { deduped: false });
  // Anything else (a response that could not be read, a bug) happened after the request may
  // have gone out: unknown, for the same reason.
  return { kind: "unknown", error: error instanceof Error ? error.name : String(error) };
}

function platformResult(data: webApi.WebAPICallResult & { error: string }): SendResult {
  const code = data.error;
  if (code === "ratelimited" || code === "rate_limited") {
    const seconds = data.response_metadata?.retryAfter ?? RETRY_AFTER_DEFAULT_S;
    return { kind: "rate-limited", retryAfterMs: seconds * 1000 };
  }
  if (RETRYABLE_ERRORS.has(code)) return { kind: "transient", error: code };
  if (MAYBE_POSTED_ERRORS.has(code)) return { kind: "unknown", error: code };
  const fix =
    PERMANENT_FIXES[code] ??
    `look up Slack's "${code}" error for chat.postMessage; the bot's log has the details`;
  return { kind: "permanent", reason: code, fix };
}

/** The Slack error code of a Web API error (`not_in_channel`), or undefined for other failures. */
export function slackErrorCodeOf(error: unknown): string | undefined {
  return error instanceof webApi.WebAPIPlatformError ? error.data.error : undefined;
}
