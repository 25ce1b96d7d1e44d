/**
 * Errors the Discord adapter raises on purpose, with stable codes (the same coded base as
 * every ct-bot error), and how an error is described for the log without the secrets Discord
 * errors carry: REST errors keep the request URL, and interaction and webhook URLs contain
 * the interaction token.
 */
import { CtBotError } from "../../src/runtime/errors.js";

/** Codes of {@link DiscordAdapterError}. */
export type DiscordErrorCode =
  /** The gateway could not be reached (start-up retries). */
  | "discord_login_failed"
  /** Discord refused the bot token: no retry can fix it (start-up stops). */
  | "discord_token_refused"
  /** GET /gateway/bot (the recommended shard count) failed. */
  | "discord_gateway_info_failed"
  /** `discord shards` without a gateway configuration (a token and no public key). */
  | "discord_shards_not_configured"
  /** A command needs a service the composition root did not give (a bug in wiring). */
  | "discord_wiring_missing";

/** The Discord adapter cannot start, or a Discord call it needs failed. */
export class DiscordAdapterError extends CtBotError {
  declare readonly code: DiscordErrorCode;

  constructor(code: DiscordErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** What is logged about an error. */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  status?: number;
  code?: number | string;
  method?: string;
  url?: string;
}

// /interactions/{id}/{token}/callback and /webhooks/{application}/{token}[/messages/…]
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"']+/gu;

/**
 * `error` as a plain object for the logger, interaction tokens and any of `secrets` removed.
 *
 * @example
 * logger.warn({ error: safeError(error, [interaction.token]) }, "interaction callback failed");
 */
export function safeError(error: unknown, secrets: readonly string[] = []): SafeError {
  const scrub = (text: string) => {
    let out = text.replace(TOKEN_IN_PATH, "$1[token]");
    for (const secret of secrets)
      if (secret.length >= 8) out = out.split(secret).join("[redacted]");
    return out;
  };
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  const described: SafeError = { type: error.name, message: scrub(error.message) };
  if (error.stack !== undefined) described.stack = scrub(error.stack);
  const extra = error as Error & {
    status?: unknown;
    code?: unknown;
    method?: unknown;
    url?: unknown;
  };
  if (typeof extra.status === "number") described.status = extra.status;
  if (typeof extra.code === "number" || typeof extra.code === "string") described.code = extra.code;
  if (typeof extra.method === "string") described.method = extra.method;
  if (typeof extra.url === "string") described.url = scrub(extra.url);
  return described;
}
