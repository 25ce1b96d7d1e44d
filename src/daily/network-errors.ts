/**
 * What a failed request's error says about whether it reached the platform. Shared by the
 * posters: a request that never left can be retried safely; one that may have arrived cannot,
 * unless the platform dedupes it.
 */

/** System error codes raised before a request reached the server: nothing was posted. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The system error code under a fetch failure (undici puts it on `cause`), or "timeout". */
export function networkCodeOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === "TimeoutError" || error.name === "AbortError") return "timeout";
  const cause = (error as { cause?: unknown }).cause;
  const code =
    (cause as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}
