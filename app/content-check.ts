/**
 * `ct-bot content check [--dir DIR]`: validates the content packs the bot would load (the
 * folders CONTENT_DIR names, else the bundled content/; `--dir` instead when given) and
 * reports every problem.
 */
import { contentDirsOf } from "../src/config.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { createTranslator } from "../src/i18n/translator.js";
import { ContentError, formatContentIssue } from "../src/runtime/errors.js";

/**
 * The folders `content check` reads: `dirs` (the `--dir` options) when any, else the folders
 * `contentDir` (the CONTENT_DIR variable) names, parsed as the bot's config does, else the
 * bundled content/.
 */
export function foldersToCheck(
  dirs: readonly string[] | undefined,
  contentDir: string | undefined,
): string[] {
  if (dirs !== undefined && dirs.length > 0) return [...dirs];
  return contentDirsOf(contentDir) ?? [defaultContentDir()];
}

/**
 * Checks the content in `dirs` (the `--dir` options; with none, CONTENT_DIR's folders from
 * `env`, else the bundled content/); writes the counts and the folders checked to `out`, or
 * every problem to `err`. Returns the process exit code: 0 valid, 1 invalid.
 */
export function contentCheck(
  dirs: string[] | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const folders = foldersToCheck(dirs, env.CONTENT_DIR);
  const { t } = createTranslator("en");
  try {
    const content = loadContent(folders);
    const counts = [
      t("count.sources", { count: content.sources.length }),
      t("count.passages", { count: content.passages.length }),
      t("count.topics", { count: content.topics.length }),
      t("count.entities", { count: content.entities.length }),
      t("count.facts", { count: content.facts.length }),
    ];
    out.write(`content ok: ${counts.join(", ")} (${folders.join(", ")})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    err.write(
      `content check failed: ${t("count.problems", { count: error.issues.length })} in ${folders.join(", ")}\n`,
    );
    for (const issue of error.issues) err.write(`  ${formatContentIssue(issue)}\n`);
    return 1;
  }
}
