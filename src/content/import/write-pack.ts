/**
 * Writes a pack: the files go to a staging folder first, are checked with the content
 * validator together with the other packs, and only then replace the pack's folder, so a
 * failed import leaves the content as it was.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { createTranslator } from "../../i18n/translator.js";
import { ContentError, type ContentIssue, formatContentIssue } from "../../runtime/errors.js";
import { checkPacks } from "../check-content.js";
import type { SourceFile } from "../content-schema.js";
import { type RawPack, readPack } from "../read-pack.js";
import type { IdentifiedPassage } from "./assign-passage-ids.js";
import type { TopicEntry } from "./build-topics.js";
import { ImportError } from "./import-error.js";
import { makeFolder } from "./output-folder.js";
import type { FactEntry } from "./pick-facts.js";
import type { EntityEntry } from "./recognise-entities.js";

/** Everything one pack folder holds. */
export interface PackFiles {
  source: SourceFile;
  /** source.txt */
  text: string;
  passages: IdentifiedPassage[];
  topics: TopicEntry[];
  entities: EntityEntry[];
  facts: FactEntry[];
}

/** The folder under the content directory where a pack is built before it is swapped in. */
export const STAGING_FOLDER = ".import-staging";

const HEADERS = {
  source:
    "# Written by `ct-bot content import`. Every passage and fact quote must appear in `text`.",
  passages:
    "# Citable passages in reading order, copied verbatim from source.txt by `ct-bot content import`.\n# Ids are stable across re-imports: history and buttons already sent refer to them.",
  topics:
    "# One topic per top-level section. Titles, summaries and aliases are yours to edit: re-import keeps them.",
  entities:
    "# Names the document mentions. New ones are `subject`s: make them `partner` or `forum` if they are.\n# Aliases you add are kept on re-import.",
  facts:
    "# Candidate daily facts. Review each `generated: true` one: edit the headline (ours), keep the quote\n# verbatim, then delete the mark. Re-import keeps edited headlines and reviewed facts.",
};

/**
 * Writes `pack` to `<out>/<pack.source.id>/`, replacing any previous version.
 *
 * @throws {ImportError} `import_pack_invalid` when the result fails the content check (with
 * `others`, the packs it is loaded with); the content directory is then left unchanged.
 */
export function writePack(out: string, pack: PackFiles, others: readonly RawPack[]): string {
  const id = pack.source.id;
  const staging = join(out, STAGING_FOLDER);
  const built = join(staging, id);
  rmSync(staging, { recursive: true, force: true });
  makeFolder(built);
  try {
    const yaml = (header: string, data: unknown) =>
      `${header}\n${stringify(data, { lineWidth: 100 })}`;
    writeFileSync(join(built, "source.yaml"), yaml(HEADERS.source, pack.source));
    writeFileSync(join(built, "source.txt"), pack.text);
    writeFileSync(
      join(built, "passages.yaml"),
      yaml(
        HEADERS.passages,
        pack.passages.map(({ id: passageId, section, text }) => ({ id: passageId, section, text })),
      ),
    );
    writeFileSync(join(built, "topics.yaml"), yaml(HEADERS.topics, pack.topics));
    writeFileSync(join(built, "entities.yaml"), yaml(HEADERS.entities, pack.entities));
    writeFileSync(join(built, "facts.yaml"), yaml(HEADERS.facts, pack.facts));
    validate(built, id, others);
    const target = join(out, id);
    const old = join(staging, `${id}.previous`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(built, target);
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function validate(dir: string, id: string, others: readonly RawPack[]): void {
  const issues: ContentIssue[] = [];
  const pack = readPack(dir, id, issues);
  if (pack) checkPacks([...others, pack], issues);
  const own = issues.filter((issue) => issue.file.startsWith(`${id}/`));
  const first = own[0];
  if (first)
    throw new ImportError(
      "import_pack_invalid",
      `the imported pack fails the content check (${createTranslator("en").t("count.problems", { count: own.length })}), first: ${formatContentIssue(first)}`,
      { cause: new ContentError(own) },
    );
}
