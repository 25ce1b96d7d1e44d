/**
 * Reads a document file of any supported format into an {@link ExtractedDocument}, refusing
 * files over the size limit before reading them.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { decodeText, detectFormat } from "./detect-format.js";
import type { ExtractedDocument } from "./document-model.js";
import { extractDocx } from "./extract-docx.js";
import { extractHtml } from "./extract-html.js";
import { extractMarkdown } from "./extract-markdown.js";
import { extractPdf } from "./extract-pdf.js";
import { extractPlainText } from "./extract-plain-text.js";
import { ImportError } from "./import-error.js";

/** The largest document imported: 50 MB (the limit), checked before reading. */
export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Extracts the document at `path`.
 *
 * @throws {ImportError} `import_file_not_found`, `import_not_a_file` (a directory…),
 * `import_file_unreadable`, `import_too_large`, or a format's refusal.
 */
export async function extractDocument(path: string): Promise<ExtractedDocument> {
  const name = basename(path);
  const info = await stat(path).catch((error: unknown) => {
    throw pathError(path, error);
  });
  if (info.isDirectory())
    throw new ImportError(
      "import_not_a_file",
      `${path} is a directory: name one document in it (.txt, .md, .html, .pdf or .docx)`,
    );
  if (!info.isFile())
    throw new ImportError("import_not_a_file", `${path} is not a regular file: name a document`);
  if (info.size > IMPORT_FILE_MAX_BYTES)
    throw new ImportError(
      "import_too_large",
      `${name} is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB`,
    );
  const bytes = new Uint8Array(
    await readFile(path).catch((error: unknown) => {
      throw pathError(path, error);
    }),
  );
  const format = detectFormat(bytes, name);
  switch (format) {
    case "pdf":
      return extractPdf(bytes, name);
    case "docx":
      return extractDocx(bytes, name);
    default: {
      // detectFormat only returns a text format for bytes that decode as UTF-8.
      const text = decodeText(bytes) ?? "";
      if (format === "html") return extractHtml(text, name);
      if (format === "markdown") return extractMarkdown(text);
      return extractPlainText(text);
    }
  }
}

/** What is wrong with a path that could not be read, from the system's error code. */
function pathError(path: string, error: unknown): ImportError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new ImportError("import_file_not_found", `${path}: no such file`, { cause: error });
  if (code === "EACCES" || code === "EPERM")
    return new ImportError("import_file_unreadable", `${path} cannot be read: permission denied`, {
      cause: error,
    });
  if (code === "EISDIR")
    return new ImportError("import_not_a_file", `${path} is a directory: name one document in it`, {
      cause: error,
    });
  return new ImportError(
    "import_file_unreadable",
    `${path} cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`,
    { cause: error },
  );
}
