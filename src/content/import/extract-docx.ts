/**
 * Word documents (.docx): mammoth converts the body to semantic HTML (Heading 1 → h1, lists →
 * li), walked like a web page; docProps/core.xml and docProps/app.xml give the metadata.
 */
import { strFromU8, unzipSync } from "fflate";
import { DOMParser, parseHTML } from "linkedom";
import mammoth from "mammoth";
import { blocksToText, type DocumentMetadata, type ExtractedDocument } from "./document-model.js";
import { type DomNode, htmlBlocks } from "./html-blocks.js";
import { ImportError } from "./import-error.js";
import { toIsoDate } from "./iso-date.js";

const PROPERTY_FILES = ["docProps/core.xml", "docProps/app.xml"];

/**
 * Extracts the text and core properties of a DOCX file.
 *
 * @throws {ImportError} `import_docx_not_word` when the archive cannot be read as Word.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new ImportError(
      "import_docx_not_word",
      `${fileName} could not be read as a Word document (${(error as Error).message.split("\n")[0]})`,
      { cause: error },
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as DomNode;
  const blocks = htmlBlocks(body);
  return { format: "docx", blocks, text: blocksToText(blocks), metadata: coreProperties(bytes) };
}

/** Title, creator or company, date and language from the package properties. */
function coreProperties(bytes: Uint8Array): DocumentMetadata {
  const files = unzipSync(bytes, { filter: (file) => PROPERTY_FILES.includes(file.name) });
  const read = (file: string) => {
    const data = files[file];
    if (data === undefined) return undefined;
    const xml = new DOMParser().parseFromString(strFromU8(data), "text/xml") as unknown as {
      getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
    };
    return (tag: string) => xml.getElementsByTagName(tag)[0]?.textContent?.trim() || undefined;
  };
  const core = read("docProps/core.xml");
  const app = read("docProps/app.xml");
  const result: DocumentMetadata = {};
  const title = core?.("dc:title");
  if (title) result.title = title;
  // Word has no publisher property: the company is the closest, else the author.
  const publisher = app?.("Company") ?? core?.("dc:creator");
  if (publisher) result.publisher = publisher;
  const date = toIsoDate(core?.("dcterms:created") ?? core?.("dcterms:modified"));
  if (date) result.date = date;
  const language = core?.("dc:language");
  if (language) result.language = language;
  const rights = core?.("dc:rights");
  if (rights) result.rights = rights;
  return result;
}
