/**
 * Imports one document into a content pack: extract, cut into passages, keep the ids of the
 * previous import, find entities, topics and fact candidates, then write (or, for a dry run,
 * only report).
 */

import { join } from "node:path";
import type { RawPack } from "../read-pack.js";
import { assignPassageIds, type PassageChanges } from "./assign-passage-ids.js";
import { buildTopics } from "./build-topics.js";
import type { DocumentFormat } from "./document-model.js";
import { readExistingPacks } from "./existing-packs.js";
import { extractDocument } from "./extract-document.js";
import { ImportError } from "./import-error.js";
import { checkOutputFolder } from "./output-folder.js";
import { pickFacts } from "./pick-facts.js";
import { recogniseEntities } from "./recognise-entities.js";
import {
  type DocumentField,
  packIdOf,
  resolveSource,
  type SourceOptions,
} from "./resolve-source.js";
import { segmentPassages } from "./segment-passages.js";
import { type PackFiles, writePack } from "./write-pack.js";

/** What to import, where, and how. */
export interface ImportRequest extends SourceOptions {
  /** The document's path. */
  file: string;
  /** The content directory the pack folder goes in. */
  out: string;
  /** Other content directories whose packs' entities and ids are taken into account. */
  knownDirs: readonly string[];
  dryRun: boolean;
  /** Replace a pack that holds a document with another title. */
  force: boolean;
}

/** What an import did (or, for a dry run, would do). */
export interface ImportResult {
  format: DocumentFormat;
  pack: PackFiles;
  /** The pack folder. */
  folder: string;
  /** True when a previous import of the pack existed. */
  reimport: boolean;
  changes: PassageChanges;
  written: boolean;
  /** The source.yaml fields taken from the document itself (no option gave them). */
  fromDocument: DocumentField[];
}

/**
 * Runs one import.
 *
 * @throws {ImportError} for every refusal (see its codes); nothing is written then.
 */
export async function importDocument(request: ImportRequest): Promise<ImportResult> {
  checkOutputFolder(request.out);
  const document = await extractDocument(request.file);
  const id = packIdOf(request, document.metadata);
  const { previous, others } =
    id === undefined
      ? { previous: undefined, others: [] }
      : readExistingPacks([request.out, ...request.knownDirs], request.out, id);
  // Every bad or missing option is named at once, before anything is compared or written.
  const { source, fromDocument } = resolveSource(id, request, document.metadata, previous?.source);
  const clash = others.find((pack) => pack.source.id === source.id);
  if (clash)
    throw new ImportError(
      "import_bad_option",
      `the pack id "${source.id}" is taken by the pack in ${clash.folder}/; choose another with --id`,
    );
  if (previous && previous.source.title !== source.title && !request.force)
    throw new ImportError(
      "import_title_differs",
      `${join(request.out, source.id)} holds "${previous.source.title}", not "${source.title}"; use --force to replace it`,
    );

  const drafts = segmentPassages(document.blocks, source.title, source.language);
  if (drafts.length === 0)
    throw new ImportError("import_no_passages", `${request.file} has no paragraph of text to cite`);
  const { passages, changes } = assignPassageIds(
    drafts,
    previous?.passages ?? [],
    idsOf(others, (p) => p.passages),
  );
  const pack: PackFiles = {
    source,
    text: document.text,
    passages,
    topics: buildTopics(
      passages,
      source.title,
      previous?.topics ?? [],
      idsOf(others, (p) => p.topics),
    ),
    entities: recogniseEntities(passages, [
      ...(previous?.entities ?? []),
      ...others.flatMap((p) => p.entities),
    ]),
    facts: pickFacts(
      passages,
      source.language,
      previous?.facts ?? [],
      idsOf(others, (p) => p.facts),
    ),
  };
  const folder = join(request.out, source.id);
  if (!request.dryRun) writePack(request.out, pack, others);
  return {
    format: document.format,
    pack,
    folder,
    reimport: previous !== undefined,
    changes,
    written: !request.dryRun,
    fromDocument,
  };
}

function idsOf(
  packs: readonly RawPack[],
  list: (pack: RawPack) => ReadonlyArray<{ id: string }>,
): Set<string> {
  return new Set(packs.flatMap((pack) => list(pack).map((entry) => entry.id)));
}
