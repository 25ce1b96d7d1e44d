/**
 * Errors the Slack adapter raises on purpose, with stable codes.
 */
import { CtBotError } from "../../src/errors.js";

/** Codes of {@link SlackAdapterError}. */
export type SlackErrorCode =
  | "slack_not_configured"
  | "slack_mode_unsupported"
  | "slack_config_missing";

/** The Slack adapter cannot start with this configuration. */
export class SlackAdapterError extends CtBotError {
  declare readonly code: SlackErrorCode;

  constructor(code: SlackErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
