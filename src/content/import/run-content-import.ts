/**
 * `ct-bot content import <file> [options]`: the command-line front of {@link importDocument}.
 * Prints what was imported (or would be, with `--dry-run`) and, on a re-import, what changed.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createTranslator } from "../../i18n/translator.js";
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

/** The command's arguments as read, and every problem with them (unknown option, no file…). */
interface ImportArguments {
  values: {
    [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean;
  };
  positionals: string[];
  problems: string[];
}

/**
 * Reads `argv`, naming every problem at once: each unknown option, each option missing its
 * value or given one it does not take, and a file count other than one.
 */
function readArguments(argv: readonly string[]): ImportArguments {
  // Not strict: parseArgs would stop at the first problem; the tokens show them all.
  const { tokens, positionals } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: ImportArguments["values"] = {};
  const problems: string[] = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(OPTIONS, token.name)
      ? OPTIONS[token.name as keyof typeof OPTIONS]
      : undefined;
    if (option === undefined) problems.push(`unknown option ${token.rawName}`);
    else if (option.type === "boolean") {
      if (token.inlineValue === true) problems.push(`${token.rawName} takes no value`);
      else (values as Record<string, boolean>)[token.name] = true;
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
      problems.push(`${token.rawName} needs a value`);
    else (values as Record<string, string>)[token.name] = token.value;
  }
  // With an unknown option, its value reads as a file: the count would mislead.
  const unknown = problems.some((problem) => problem.startsWith("unknown option"));
  if (!unknown && positionals.length !== 1)
    problems.push(
      positionals.length === 0
        ? "content import needs a file"
        : `content import takes one file, not ${positionals.length}`,
    );
  return { values, positionals, problems };
}

/**
 * Runs the command with `argv` (the words after `content import`); returns the exit code:
 * 0 done, 1 refused (one line on `err`, nothing written), 2 bad usage.
 *
 * @example
 * await runContentImport(["strategy.pdf", "--publisher", "Ministry", "--dry-run"], io);
 */
export async function runContentImport(argv: readonly string[], io: ImportIo): Promise<number> {
  const { values, positionals, problems } = readArguments(argv);
  if (problems.length > 0) {
    io.err.write(`ct-bot: ${problems.join("; ")}\n${CONTENT_IMPORT_USAGE}`);
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
  // Operator output is English, like every CLI report; counts agree in number through ICU.
  const { t, list } = createTranslator("en");
  const lines = [
    `${result.written ? "imported" : "dry run, nothing written:"} "${pack.source.title}" (${result.format}) ${result.written ? "into" : "would go to"} ${result.folder}`,
    `  ${pack.source.publisher}, ${pack.source.dateLabel}; language ${pack.source.language}`,
    `  ${[
      t("count.passages", { count: pack.passages.length }),
      t("count.topics", { count: pack.topics.length }),
      t("count.entities", { count: pack.entities.length }),
      t("count.facts", { count: pack.facts.length }),
    ].join(", ")}`,
  ];
  if (result.fromDocument.length > 0)
    lines.push(
      `  from the document itself: ${list(result.fromDocument)} (an option overrides each)`,
    );
  if (result.reimport) {
    lines.push(
      `  passages: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed`,
    );
    for (const [label, ids] of Object.entries(changes))
      if (ids.length > 0) lines.push(`  ${label}: ${ids.join(", ")}`);
  }
  const unreviewed = pack.facts.filter((fact) => fact.generated === true).length;
  lines.push(
    `  review: entities.yaml (kinds, aliases)${unreviewed > 0 ? `, facts.yaml (${t("count.generatedHeadlines", { count: unreviewed })})` : ""}`,
  );
  return `${lines.join("\n")}\n`;
}
