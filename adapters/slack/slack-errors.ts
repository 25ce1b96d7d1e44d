/**
 * Errors the Slack adapter raises on purpose, with stable codes.
 */
import { CtBotError } from "../../src/errors.js";

/** Codes of {@link SlackAdapterError}. */
export type SlackErrorCode =
  | "slack_not_configured"
  | "slack_mode_unsupported"
  | "slack_config_missing"
  /** users.info or conversations.info failed while checking a `/ct daily` request. */
  | "slack_daily_lookup_failed"
  /** No bot token for the workspace a `/ct daily` request came from. */
  | "slack_not_installed";

/** The Slack adapter cannot start with this configuration, or a Slack call it needs failed. */
export class SlackAdapterError extends CtBotError {
  declare readonly code: SlackErrorCode;

  constructor(code: SlackErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
