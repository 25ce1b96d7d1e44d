/**
 * Markdown (.md) through a CommonMark parser (mdast): headings, paragraphs and list items as
 * plain text without markup; the first top-level heading is the title.
 */
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as plainText } from "mdast-util-to-string";
import { type Block, blocksToText, type ExtractedDocument } from "./document-model.js";

/** Extracts blocks and the title from Markdown source. */
export function extractMarkdown(source: string): ExtractedDocument {
  const tree: Root = fromMarkdown(source.replace(/^\uFEFF/u, ""));
  const blocks: Block[] = [];
  for (const node of tree.children) collect(node, blocks, false);
  const title = blocks.find((b) => b.kind === "heading" && b.level === 1)?.text;
  return {
    format: "markdown",
    blocks,
    text: blocksToText(blocks),
    metadata: title === undefined ? {} : { title },
  };
}

function collect(node: Nodes, blocks: Block[], inItem: boolean): void {
  switch (node.type) {
    case "heading":
      push(blocks, { kind: "heading", level: node.depth, text: plainText(node) });
      return;
    case "paragraph":
      push(blocks, { kind: inItem ? "item" : "paragraph", text: plainText(node) });
      return;
    case "list":
      for (const item of node.children) collect(item, blocks, true);
      return;
    case "listItem":
    case "blockquote":
      for (const child of node.children) collect(child, blocks, inItem || node.type === "listItem");
      return;
    case "table":
      for (const row of node.children) {
        const cells = row.children.map((cell) => plainText(cell).trim()).filter(Boolean);
        push(blocks, { kind: "paragraph", text: cells.join("  ") });
      }
      return;
    default:
      // Code, raw HTML, thematic breaks and definitions are not citable prose.
      return;
  }
}

function push(blocks: Block[], block: Block): void {
  if (block.text.trim() !== "") blocks.push({ ...block, text: block.text.trim() });
}
