/**
 * PDF through pdf.js (the legacy build, for Node), one page at a time so memory stays flat
 * on long documents: each page's text runs go to {@link PdfLayout}, then the page is freed.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import { blocksToText, type DocumentMetadata, type ExtractedDocument } from "./document-model.js";
import { ImportError } from "./import-error.js";
import { toIsoDate } from "./iso-date.js";
import { PdfLayout, type TextRun } from "./pdf-layout.js";

/** pdf.js reads the 14 standard fonts' metrics from files shipped in its package. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/**
 * Extracts the text and info dictionary of a PDF.
 *
 * @throws {ImportError} `import_pdf_encrypted`, `import_pdf_no_text` (a scan without a text
 * layer) or `import_pdf_unreadable`.
 */
export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") throw encrypted(fileName, error);
    throw new ImportError(
      "import_pdf_unreadable",
      `${fileName} could not be read as a PDF (${(error as Error).message})`,
      { cause: error },
    );
  }
  try {
    const { info, metadata: xmp } = (await pdf.getMetadata()) as unknown as {
      info: Record<string, unknown>;
      metadata: { get(name: string): unknown } | null;
    };
    if (typeof info.EncryptFilterName === "string") throw encrypted(fileName);
    const layout = new PdfLayout();
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      layout.addPage(content.items.filter((item) => "str" in item) as TextRun[]);
      page.cleanup();
    }
    const blocks = layout.finish();
    if (!blocks.some((block) => /\p{L}/u.test(block.text)))
      throw new ImportError(
        "import_pdf_no_text",
        `${fileName} has no text layer (a scanned PDF? run OCR on it first)`,
      );
    return { format: "pdf", blocks, text: blocksToText(blocks), metadata: metadataOf(info, xmp) };
  } finally {
    await pdf.destroy();
  }
}

function encrypted(fileName: string, cause?: unknown): ImportError {
  return new ImportError(
    "import_pdf_encrypted",
    `${fileName} is an encrypted PDF; save an unencrypted copy and import that`,
    { cause },
  );
}

/** Title, author (as publisher), creation date, language and XMP rights. */
function metadataOf(
  info: Record<string, unknown>,
  xmp: { get(name: string): unknown } | null,
): DocumentMetadata {
  const text = (value: unknown) =>
    typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  const result: DocumentMetadata = {};
  const title = text(info.Title) ?? text(xmp?.get("dc:title"));
  if (title) result.title = title;
  // The info dictionary has no publisher: the author is the closest field.
  const publisher = text(info.Author) ?? text(xmp?.get("dc:publisher"));
  if (publisher) result.publisher = publisher;
  const date = toIsoDate(text(info.CreationDate) ?? text(xmp?.get("xmp:createdate")));
  if (date) result.date = date;
  const language = text(info.Language);
  if (language) result.language = language;
  const rights = text(xmp?.get("dc:rights"));
  if (rights) result.rights = rights;
  return result;
}
