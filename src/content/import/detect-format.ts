/**
 * Recognises a document's format from its bytes (magic numbers, markup), with the file name's
 * extension only as a hint between look-alikes (Markdown and plain text).
 */
import { extname } from "node:path";
import { unzipSync } from "fflate";
import type { DocumentFormat } from "./document-model.js";
import { ImportError } from "./import-error.js";

/** PDF files start with `%PDF-`; readers accept it anywhere in the first 1024 bytes. */
const PDF_MAGIC_WINDOW = 1024;
/** ZIP local file header, as every DOCX starts. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Returns the format of `bytes` read from `fileName`.
 *
 * @throws {ImportError} `import_docx_not_zip`, `import_docx_not_word` or
 * `import_unknown_format` (binary data that is none of the formats, or a `.pdf` that is not).
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const extension = extname(fileName).toLowerCase();
  const head = Buffer.from(bytes.subarray(0, PDF_MAGIC_WINDOW)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    if (!zipHasEntry(bytes, "word/document.xml"))
      throw new ImportError(
        "import_docx_not_word",
        `${fileName} is a zip archive but not a Word document (no word/document.xml)`,
      );
    return "docx";
  }
  if (extension === ".docx")
    throw new ImportError("import_docx_not_zip", `${fileName} is not a Word document (not a zip)`);
  if (extension === ".pdf")
    throw new ImportError("import_unknown_format", `${fileName} is not a PDF (no %PDF header)`);
  const text = decodeText(bytes);
  if (text === undefined)
    throw new ImportError(
      "import_unknown_format",
      `${fileName} is in an unknown format (use .txt, .md, .html, .pdf or .docx)`,
    );
  if (looksLikeHtml(text) || extension === ".html" || extension === ".htm") return "html";
  if (extension === ".md" || extension === ".markdown" || looksLikeMarkdown(text))
    return "markdown";
  return "text";
}

/** Decodes UTF-8 text; undefined for binary data (invalid UTF-8 or NUL bytes). */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}

function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  let found = false;
  try {
    // The filter sees every entry's name; returning false skips inflating it.
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name === name) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

const HTML_OPENINGS = ["<!doctype html", "<html", "<head", "<body"];

function looksLikeHtml(text: string): boolean {
  const start = text
    .replace(/^\uFEFF/u, "")
    .trimStart()
    .slice(0, 2000)
    .toLowerCase();
  if (!start.startsWith("<")) return false;
  const opening = start.startsWith("<?xml")
    ? start.slice(start.indexOf("?>") + 2).trimStart()
    : start;
  return HTML_OPENINGS.some((tag) => opening.startsWith(tag) || start.includes(tag));
}

/** An ATX heading line (`# Title`) or a setext underline marks Markdown. */
function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6} \S/mu.test(text) || /^\S.*\n(=+|-+)[ \t]*$/mu.test(text);
}
