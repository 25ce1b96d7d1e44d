/**
 * source.yaml for an import: each field from its option, else from the document's own
 * metadata, else from the pack's previous source.yaml. Required fields that none of them
 * give are refused, naming the option.
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

/**
 * The pack id: `--id`, else a slug of the title (`--title` or the document's).
 *
 * @throws {ImportError} `import_bad_option` for an invalid `--id`; `import_missing_option`
 * when there is neither an id nor a title to make one from.
 */
export function resolvePackId(options: SourceOptions, metadata: DocumentMetadata): string {
  if (options.id !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]*$/u.test(options.id) || options.id.length > CONTENT_ID_MAX)
      throw new ImportError(
        "import_bad_option",
        `bad --id "${options.id}": use lower-case letters, digits and dashes, at most ${CONTENT_ID_MAX} characters`,
      );
    return options.id;
  }
  const title = clean(options.title) ?? clean(metadata.title);
  if (title === undefined) throw missing("title");
  return slugify(title, CONTENT_ID_MAX, "source");
}

/**
 * Builds source.yaml. `previous` is the pack's source.yaml before this import, if any.
 *
 * @throws {ImportError} `import_missing_option` or `import_bad_option`.
 */
export function resolveSource(
  id: string,
  options: SourceOptions,
  metadata: DocumentMetadata,
  previous: SourceFile | undefined,
): SourceFile {
  if (options.date !== undefined && !isIsoDate(options.date))
    throw new ImportError(
      "import_bad_option",
      `bad --date "${options.date}": use YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  if (options.url !== undefined && !isWebAddress(options.url))
    throw new ImportError(
      "import_bad_option",
      `bad --url "${options.url}": use an http:// or https:// address`,
    );
  const title = clean(options.title) ?? clean(metadata.title) ?? previous?.title;
  if (title === undefined) throw missing("title");
  // An editor's fixes to the previous source.yaml beat what the document says of itself.
  const publisher = clean(options.publisher) ?? previous?.publisher ?? clean(metadata.publisher);
  if (publisher === undefined) throw missing("publisher");
  const date = options.date ?? metadata.date ?? previous?.date;
  if (date === undefined || !isIsoDate(date)) throw missing("date");
  const rights = clean(options.rights) ?? previous?.rights ?? clean(metadata.rights);
  if (rights === undefined) throw missing("rights");
  const url =
    options.url ??
    previous?.url ??
    (metadata.url && isWebAddress(metadata.url) ? metadata.url : undefined);
  return {
    id,
    title,
    publisher,
    date,
    dateLabel: previous?.date === date ? previous.dateLabel : dateLabel(date),
    rights,
    language: previous?.language ?? languageTag(metadata.language) ?? DEFAULT_LANGUAGE,
    ...(url === undefined ? {} : { url }),
    text: "source.txt",
  };
}

function missing(field: keyof typeof MISSING): ImportError {
  return new ImportError("import_missing_option", `missing --${field} (${MISSING[field]})`);
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
