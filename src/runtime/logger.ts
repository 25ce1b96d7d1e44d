/**
 * The pino logger: JSON lines on stderr, secrets redacted wherever they appear in a log object.
 */
import { type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Log object paths whose values are replaced with "[redacted]". */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "clientSecret",
  "*.clientSecret",
  "stateSecret",
  "*.stateSecret",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
  'headers["x-slack-signature"]',
  "*.config.headers.Authorization",
];

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  level: string;
  /** Where lines go; stderr (fd 2) unless a test captures them. */
  destination?: NodeJS.WritableStream | number;
  /** Literal secret values to scrub from every line, whatever the path (tokens in error messages). */
  secrets?: readonly string[];
}

/**
 * Creates the process logger.
 *
 * @example
 * const logger = createLogger({ level: "info", secrets: [config.slack.botToken] });
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const destination = options.destination ?? 2;
  const stream =
    typeof destination === "number"
      ? pino.destination({ fd: destination, sync: true })
      : destination;
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      base: { name: "ct-bot" },
      ...(secrets.length > 0
        ? { hooks: { streamWrite: (line: string) => scrub(line, secrets) } }
        : {}),
    },
    stream,
  );
}

/** Replaces every occurrence of each secret in `line`. */
export function scrub(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) out = out.split(secret).join("[redacted]");
  return out;
}

/** A logger that writes nothing, for tests and the CLI. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
