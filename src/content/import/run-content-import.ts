/**
 * `ct-bot content import <file> [options]`: the command-line front of {@link importDocument}.
 * Prints what was imported (or would be, with `--dry-run`) and, on a re-import, what changed.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultContentDir } from "../content-dir.js";
import { type ImportResult, importDocument } from "./import-document.js";
import { ImportError } from "./import-error.js";

/** Where the command writes. */
export interface ImportIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/** The usage line, also shown on bad arguments. */
export const CONTENT_IMPORT_USAGE =
  "Usage: ct-bot content import <file> [--id ID] [--title T] [--publisher P] [--date YYYY[-MM[-DD]]]\n" +
  "         [--url URL] [--rights R] [--out DIR] [--dry-run] [--force]\n";

const OPTIONS = {
  id: { type: "string" },
  title: { type: "string" },
  publisher: { type: "string" },
  date: { type: "string" },
  url: { type: "string" },
  rights: { type: "string" },
  out: { type: "string" },
  "dry-run": { type: "boolean" },
  force: { type: "boolean" },
} as const;

/**
 * Runs the command with `argv` (the words after `content import`); returns the exit code:
 * 0 done, 1 refused (one line on `err`, nothing written), 2 bad usage.
 *
 * @example
 * await runContentImport(["strategy.pdf", "--publisher", "Ministry", "--dry-run"], io);
 */
export async function runContentImport(argv: readonly string[], io: ImportIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err.write(`ct-bot: ${(error as Error).message.split("\n")[0]}\n${CONTENT_IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err.write(`ct-bot: content import takes one file\n${CONTENT_IMPORT_USAGE}`);
    return 2;
  }
  const out = resolve(values.out ?? "content");
  try {
    const result = await importDocument({
      file: positionals[0] ?? "",
      out,
      knownDirs: [defaultContentDir()],
      id: values.id,
      title: values.title,
      publisher: values.publisher,
      date: values.date,
      url: values.url,
      rights: values.rights,
      dryRun: values["dry-run"] === true,
      force: values.force === true,
    });
    io.out.write(summary(result));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.err.write(`ct-bot: ${error.message}\n`);
    return 1;
  }
}

/** The report: counts, then on a re-import the passage ids added, changed and removed. */
export function summary(result: ImportResult): string {
  const { pack, changes } = result;
  const lines = [
    `${result.written ? "imported" : "dry run, nothing written:"} "${pack.source.title}" (${result.format}) ${result.written ? "into" : "would go to"} ${result.folder}`,
    `  ${pack.source.publisher}, ${pack.source.dateLabel}; language ${pack.source.language}`,
    `  ${pack.passages.length} passages, ${pack.topics.length} topics, ${pack.entities.length} entities, ${pack.facts.length} facts`,
  ];
  if (result.reimport) {
    lines.push(
      `  passages: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed`,
    );
    for (const [label, ids] of Object.entries(changes))
      if (ids.length > 0) lines.push(`  ${label}: ${ids.join(", ")}`);
  }
  const unreviewed = pack.facts.filter((fact) => fact.generated === true).length;
  lines.push(
    `  review: entities.yaml (kinds, aliases)${unreviewed > 0 ? `, facts.yaml (${unreviewed} generated headlines)` : ""}`,
  );
  return `${lines.join("\n")}\n`;
}
