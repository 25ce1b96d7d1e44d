/**
 * Plain text (.txt): paragraphs are separated by blank lines, list items start with a bullet
 * or number, and a short line without closing punctuation followed by running text is a
 * heading; a first line above the first heading is the title. The source text is the file
 * itself.
 */
import type { Block, ExtractedDocument } from "./document-model.js";
import { listMarkerLength } from "./list-marker.js";

/** A heading in plain text is one line of at most this many characters. */
const HEADING_MAX = 120;
const CLOSING_PUNCTUATION = /[.!?;:,…»"”)\]]$/u;

/**
 * Extracts blocks from plain text; the only metadata plain text states is a title line above
 * the first heading.
 */
export function extractPlainText(raw: string): ExtractedDocument {
  const text = raw.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const chunks = text
    .split(/\n[ \t]*\n/u)
    .map((chunk) => chunk.replace(/^\n+|\s+$/gu, ""))
    .filter((chunk) => chunk.trim() !== "");
  const blocks: Block[] = [];
  chunks.forEach((chunk, i) => {
    const items = splitItems(chunk);
    if (items.length > 0) {
      blocks.push(...items);
    } else if (
      isHeadingLike(chunk) &&
      chunks[i + 1] !== undefined &&
      !isHeadingLike(chunks[i + 1] ?? "")
    ) {
      blocks.push({ kind: "heading", level: 1, text: chunk.trim() });
    } else {
      blocks.push({ kind: "paragraph", text: chunk });
    }
  });
  const title = titleLine(chunks);
  return { format: "text", blocks, text, metadata: title === undefined ? {} : { title } };
}

/**
 * The document's title: a first line standing alone above the first section's heading (two
 * heading-like lines, then text). A single heading-like line above text is read as the first
 * section's heading, not a title: the two cannot be told apart, so --title is asked for.
 */
function titleLine(chunks: readonly string[]): string | undefined {
  const [first, second, third] = chunks;
  if (first === undefined || second === undefined || third === undefined) return undefined;
  if (!isHeadingLike(first) || !isHeadingLike(second) || isHeadingLike(third)) return undefined;
  return first.trim();
}

/** List items of a chunk whose first line has a marker; [] when it is not a list. */
export function splitItems(chunk: string): Block[] {
  const lines = chunk.split("\n");
  if (listMarkerLength(lines[0] ?? "") === 0) return [];
  const items: string[] = [];
  for (const line of lines) {
    const marker = listMarkerLength(line);
    if (marker > 0) items.push(line.slice(marker));
    else items[items.length - 1] += `\n${line}`;
  }
  return items.map((item) => ({ kind: "item", text: item.trim() }));
}

function isHeadingLike(chunk: string): boolean {
  const line = chunk.trim();
  return (
    !line.includes("\n") &&
    line.length <= HEADING_MAX &&
    /\p{L}/u.test(line) &&
    !CLOSING_PUNCTUATION.test(line) &&
    listMarkerLength(line) === 0
  );
}
