/**
 * source.yaml for an import: each field from its option, else from the document's own
 * metadata, else from the pack's previous source.yaml. Bad option values and required fields
 * that none of them give are refused together, in one line naming each option.
 */
import { CONTENT_ID_MAX, type SourceFile } from "../content-schema.js";
import type { DocumentMetadata } from "./document-model.js";
import { ImportError } from "./import-error.js";
import { dateLabel, isIsoDate } from "./iso-date.js";
import { slugify } from "./slug.js";

/** The options of `ct-bot content import` that describe the source. */
export interface SourceOptions {
  id?: string | undefined;
  title?: string | undefined;
  publisher?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  rights?: string | undefined;
}

/** What each required field's absence means, for the error line. */
const MISSING: Record<"title" | "publisher" | "date" | "rights", string> = {
  title: "the document has no title",
  publisher: "the document does not say who published it",
  date: "the document has no date",
  rights: "the document has no rights notice",
};

/** Used when neither the document nor the previous import states a language. */
export const DEFAULT_LANGUAGE = "en";

/** The fields of source.yaml an import can take from the document itself. */
export type DocumentField = "title" | "publisher" | "date" | "rights" | "url" | "language";

/** source.yaml as resolved, and which of its fields came from the document's own metadata. */
export interface ResolvedSource {
  source: SourceFile;
  /** The fields the document gave (no option and no previous import did), in source.yaml order. */
  fromDocument: DocumentField[];
}

/**
 * The problems with the options' values (`--id`, `--date`, `--url`), each as one phrase naming
 * the option; [] when they are all well formed or absent.
 */
export function badOptions(options: SourceOptions): string[] {
  const problems: string[] = [];
  if (options.id !== undefined && !isPackId(options.id))
    problems.push(
      `bad --id "${options.id}": use lower-case letters, digits and dashes, at most ${CONTENT_ID_MAX} characters`,
    );
  if (options.date !== undefined && !isIsoDate(options.date))
    problems.push(`bad --date "${options.date}": use YYYY, YYYY-MM or YYYY-MM-DD`);
  if (options.url !== undefined && !isWebAddress(options.url))
    problems.push(`bad --url "${options.url}": use an http:// or https:// address`);
  return problems;
}

/**
 * The pack id: `--id`, else a slug of the title (`--title` or the document's); undefined when
 * `--id` is malformed or there is no title to make one from (both named by {@link resolveSource}).
 */
export function packIdOf(options: SourceOptions, metadata: DocumentMetadata): string | undefined {
  if (options.id !== undefined) return isPackId(options.id) ? options.id : undefined;
  const title = clean(options.title) ?? clean(metadata.title);
  return title === undefined ? undefined : slugify(title, CONTENT_ID_MAX, "source");
}

/**
 * Builds source.yaml for pack `id` (undefined when {@link packIdOf} found none). `previous` is
 * the pack's source.yaml before this import, if any.
 *
 * @throws {ImportError} naming every bad option and every missing required one in one line:
 * `import_bad_option` when any value is malformed, else `import_missing_option`.
 */
export function resolveSource(
  id: string | undefined,
  options: SourceOptions,
  metadata: DocumentMetadata,
  previous: SourceFile | undefined,
): ResolvedSource {
  const bad = badOptions(options);
  const fromDocument: DocumentField[] = [];
  /** The option's value, else the first of `rest`; notes when the document's was used. */
  const pick = <T>(
    field: DocumentField,
    option: T | undefined,
    ...rest: Array<[T | undefined, "document" | "previous"]>
  ) => {
    if (option !== undefined) return option;
    for (const [value, from] of rest)
      if (value !== undefined) {
        if (from === "document") fromDocument.push(field);
        return value;
      }
    return undefined;
  };
  const title = pick(
    "title",
    clean(options.title),
    [clean(metadata.title), "document"],
    [previous?.title, "previous"],
  );
  // An editor's fixes to the previous source.yaml beat what the document says of itself.
  const publisher = pick(
    "publisher",
    clean(options.publisher),
    [previous?.publisher, "previous"],
    [clean(metadata.publisher), "document"],
  );
  const date = pick(
    "date",
    options.date,
    [metadata.date, "document"],
    [previous?.date, "previous"],
  );
  const rights = pick(
    "rights",
    clean(options.rights),
    [previous?.rights, "previous"],
    [clean(metadata.rights), "document"],
  );
  const missing = (
    [
      ["title", title],
      ["publisher", publisher],
      // A malformed --date is already named as bad.
      [
        "date",
        options.date !== undefined || (date !== undefined && isIsoDate(date)) ? "ok" : undefined,
      ],
      ["rights", rights],
    ] as const
  )
    .filter(([, value]) => value === undefined)
    .map(([field]) => `--${field} (${MISSING[field]})`);
  const problems = [...bad, ...(missing.length > 0 ? [`missing ${missing.join(", ")}`] : [])];
  if (
    problems.length > 0 ||
    id === undefined ||
    title === undefined ||
    publisher === undefined ||
    date === undefined ||
    rights === undefined
  )
    throw new ImportError(
      bad.length > 0 ? "import_bad_option" : "import_missing_option",
      problems.join("; "),
    );
  const url = pick(
    "url",
    options.url,
    [previous?.url, "previous"],
    [metadata.url && isWebAddress(metadata.url) ? metadata.url : undefined, "document"],
  );
  const language =
    pick(
      "language",
      undefined,
      [previous?.language, "previous"],
      [languageTag(metadata.language), "document"],
    ) ?? DEFAULT_LANGUAGE;
  return {
    source: {
      id,
      title,
      publisher,
      date,
      dateLabel: previous?.date === date ? previous.dateLabel : dateLabel(date),
      rights,
      language,
      ...(url === undefined ? {} : { url }),
      text: "source.txt",
    },
    fromDocument,
  };
}

function isPackId(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/u.test(value) && value.length <= CONTENT_ID_MAX;
}

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/gu, " ").trim();
  return text === "" ? undefined : text;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** `en`, `fr-FR` as the schema wants them, from `EN-us`, `en_GB`, `fr`; undefined otherwise. */
function languageTag(value: string | undefined): string | undefined {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/iu.exec(value?.trim() ?? "");
  if (!match) return undefined;
  const [, language = "", region] = match;
  return region === undefined
    ? language.toLowerCase()
    : `${language.toLowerCase()}-${region.toUpperCase()}`;
}
