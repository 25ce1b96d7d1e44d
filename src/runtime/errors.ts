/**
 * Error classes with a stable `code`, so callers and tests branch on the code, never the message.
 */

/** Every error ct-bot raises on purpose. */
export class CtBotError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** One problem found in the content pack, located by file and entry. */
export interface ContentIssue {
  /** Path of the file, relative to the content directory. */
  file: string;
  /** The entry's id (or index) inside the file, when the problem is in one entry. */
  entry?: string;
  message: string;
}

/** The content pack failed validation; `issues` lists every problem found, not just the first. */
export class ContentError extends CtBotError {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super("content_invalid", `content is invalid:\n${issues.map(formatContentIssue).join("\n")}`);
    this.issues = issues;
  }
}

/** Formats an issue as `file: entry "id": message`. */
export function formatContentIssue(issue: ContentIssue): string {
  const entry = issue.entry === undefined ? "" : ` entry "${issue.entry}":`;
  return `${issue.file}:${entry} ${issue.message}`;
}

/** One or more environment variables are missing or malformed. */
export class ConfigError extends CtBotError {
  readonly variables: string[];

  constructor(problems: Array<{ variable: string; message: string }>) {
    super(
      "config_invalid",
      `invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`,
    );
    this.variables = problems.map((p) => p.variable);
  }
}
