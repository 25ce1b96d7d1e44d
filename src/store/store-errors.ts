/**
 * Why the store cannot take writes, in words an operator can act on (what /readyz shows).
 */
import { CtBotError } from "../runtime/errors.js";

/** The store failed its write probe; `message` says why (disk full, read-only, file deleted…). */
export class StoreNotWritableError extends CtBotError {
  constructor(reason: string, options?: { cause?: unknown }) {
    super("store_not_writable", reason, options);
  }
}

// SQLite result codes (sqlite.org/rescode.html) and PostgreSQL SQLSTATEs (appendix A of its manual).
const REASONS: ReadonlyArray<[RegExp, string]> = [
  [/^SQLITE_FULL$|^53100$/u, "the disk is full"],
  [/^SQLITE_READONLY_DBMOVED$/u, "the database file was deleted or moved"],
  [/^SQLITE_READONLY|^25006$/u, "the database is read-only"],
  [/^SQLITE_IOERR|^58030$/u, "the disk reported an I/O error"],
  [/^SQLITE_CANTOPEN$/u, "the database file cannot be opened"],
  [/^SQLITE_BUSY|^SQLITE_LOCKED$/u, "the database is locked by another process"],
  [/^53200$/u, "the database is out of memory"],
  [/^57P0[123]$|^08/u, "the database server is unreachable or shutting down"],
];

/** Turns a driver error from a write into a {@link StoreNotWritableError} with a plain reason. */
export function notWritable(error: unknown): StoreNotWritableError {
  if (error instanceof StoreNotWritableError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const reason = REASONS.find(([pattern]) => pattern.test(code))?.[1];
  const message = error instanceof Error ? error.message : String(error);
  return new StoreNotWritableError(reason ?? `the store refused a write (${code || message})`, {
    cause: error,
  });
}
