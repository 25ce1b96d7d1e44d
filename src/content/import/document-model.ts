/**
 * What every format extractor produces: the document's main text as a list of blocks in
 * reading order, plus whatever metadata the document states about itself.
 */

/** One block of the main text. `text` is as extracted, whitespace not yet folded. */
export type Block =
  /** A heading; `level` 1 is the top (h1, `#`, Heading 1, the largest PDF font). */
  | { kind: "heading"; level: number; text: string }
  /** A paragraph of running text. */
  | { kind: "paragraph"; text: string }
  /** One list item, without its bullet or number. */
  | { kind: "item"; text: string };

/** Metadata found in the document itself (HTML meta tags, PDF info, DOCX core properties). */
export interface DocumentMetadata {
  title?: string;
  publisher?: string;
  /** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  rights?: string;
  /** A language tag such as `en` or `fr-FR`. */
  language?: string;
  url?: string;
}

/** The formats the importer reads. */
export type DocumentFormat = "text" | "markdown" | "html" | "pdf" | "docx";

/** An extracted document. */
export interface ExtractedDocument {
  format: DocumentFormat;
  blocks: Block[];
  /**
   * The text written to source.txt: the original for plain text, else the blocks one per
   * paragraph (list items after a bullet). Every passage is a substring of it, whitespace
   * folded.
   */
  text: string;
  metadata: DocumentMetadata;
}

/** Joins blocks into the source text: one blank line between blocks, items after "• ". */
export function blocksToText(blocks: readonly Block[]): string {
  return `${blocks.map((b) => (b.kind === "item" ? `• ${b.text.trim()}` : b.text.trim())).join("\n\n")}\n`;
}
