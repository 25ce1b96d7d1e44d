/**
 * `ct-bot content check [--dir DIR]`: validates content packs and reports every problem.
 */
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { ContentError, formatContentIssue } from "../src/runtime/errors.js";

/** Checks the content in `dirs`; returns the process exit code. */
export function contentCheck(
  dirs: string[] | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): number {
  const folders = dirs && dirs.length > 0 ? dirs : [defaultContentDir()];
  try {
    const content = loadContent(folders);
    out.write(
      `content ok: ${content.sources.length} source(s), ${content.passages.length} passages, ${content.topics.length} topics, ` +
        `${content.entities.length} entities, ${content.facts.length} facts (${folders.join(", ")})\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    err.write(`content check failed: ${error.issues.length} problem(s) in ${folders.join(", ")}\n`);
    for (const issue of error.issues) err.write(`  ${formatContentIssue(issue)}\n`);
    return 1;
  }
}
