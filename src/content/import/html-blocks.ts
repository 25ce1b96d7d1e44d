/**
 * Turns a parsed HTML tree (linkedom) into blocks: h1–h6 are headings, li are list items,
 * p and other block elements are paragraphs; inline markup is flattened to its text.
 */
import type { Block } from "./document-model.js";

/** The part of a DOM node this walk reads (linkedom and browser DOMs both fit). */
export interface DomNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const HEADING = /^h([1-6])$/u;
/** Elements whose text is not prose to cite. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "pre",
  "code",
  "nav",
  "svg",
  "button",
  "form",
  "select",
  "textarea",
  "iframe",
  "object",
  "img",
  "figure",
]);
/** Elements that start a new block; anything else is inline. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "footer",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  ...SKIPPED,
]);

/** Collects the blocks under `root` in document order. */
export function htmlBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  walk(root, blocks, "paragraph");
  return blocks;
}

/** Walks children, gathering runs of inline content into one block of `kind`. */
function walk(parent: DomNode, blocks: Block[], kind: "paragraph" | "item"): void {
  let inline = "";
  const flush = () => {
    const text = inline
      .replace(/[ \t\r\f\v]+/gu, " ")
      .replace(/ ?\n ?/gu, "\n")
      .trim();
    if (text !== "") blocks.push({ kind, text });
    inline = "";
  };
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === TEXT) {
      inline += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const name = (node.localName ?? "").toLowerCase();
    if (name === "br") {
      inline += "\n";
      continue;
    }
    if (!BLOCK.has(name)) {
      inline += inlineText(node);
      continue;
    }
    flush();
    if (SKIPPED.has(name)) continue;
    const heading = HEADING.exec(name);
    if (heading) {
      const text = inlineText(node).replace(/\s+/gu, " ").trim();
      if (text !== "") blocks.push({ kind: "heading", level: Number(heading[1]), text });
    } else if (name === "li") {
      walk(node, blocks, "item");
    } else if (name === "tr") {
      const cells = Array.from(node.childNodes)
        .filter((cell) => cell.nodeType === ELEMENT)
        .map((cell) => inlineText(cell).replace(/\s+/gu, " ").trim())
        .filter(Boolean);
      if (cells.length > 0) blocks.push({ kind: "paragraph", text: cells.join("  ") });
    } else {
      walk(node, blocks, name === "ul" || name === "ol" || kind === "item" ? "item" : "paragraph");
    }
  }
  flush();
}

/** The text of an inline element, with `<br>` as a line break and skipped elements left out. */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? "";
  if (node.nodeType !== ELEMENT) return "";
  const name = (node.localName ?? "").toLowerCase();
  if (name === "br") return "\n";
  if (SKIPPED.has(name)) return "";
  return Array.from(node.childNodes).map(inlineText).join("");
}
