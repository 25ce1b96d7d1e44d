/**
 * Errors the Slack adapter raises on purpose, with stable codes.
 */
import { CtBotError } from "../../src/runtime/errors.js";

/** Codes of {@link SlackAdapterError}. */
export type SlackErrorCode =
  | "slack_not_configured"
  | "slack_mode_unsupported"
  | "slack_config_missing"
  /** OAuth mode without a store to keep installations in. */
  | "slack_store_required"
  /** Slack's OAuth exchange returned an installation ct-bot cannot use (no bot token or team). */
  | "slack_installation_invalid"
  /** users.info or conversations.info failed while checking a `/ct daily` request. */
  | "slack_daily_lookup_failed"
  /** No bot token for the workspace a request came from (never installed, or uninstalled). */
  | "slack_not_installed"
  /** Posting an answer to a response_url failed (a status other than 2xx, or no answer). */
  | "slack_respond_failed";

/** The Slack adapter cannot start with this configuration, or a Slack call it needs failed. */
export class SlackAdapterError extends CtBotError {
  declare readonly code: SlackErrorCode;

  constructor(code: SlackErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** Slack's answers to a token that no retry will make valid. */
const REFUSED_TOKEN_ERRORS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
]);

/**
 * True when `error` is Slack refusing a token (auth.test or apps.connections.open answered
 * `invalid_auth` and the like): start-up stops instead of retrying, since only a new token helps.
 */
export function isRefusedToken(error: unknown): boolean {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" && REFUSED_TOKEN_ERRORS.has(data.error);
}
