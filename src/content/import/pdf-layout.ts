/**
 * Rebuilds blocks from a PDF's positioned text runs, one page at a time: runs join into
 * lines, a vertical gap or a list marker starts a new block, a larger font makes a heading.
 * State carries over pages so a paragraph broken by a page break stays one paragraph.
 */
import type { Block } from "./document-model.js";
import { listMarkerLength } from "./list-marker.js";

/** One text run as pdf.js reports it (`transform[5]` is the baseline y, upwards). */
export interface TextRun {
  str: string;
  height: number;
  transform: number[];
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

/** A line this much larger than the body font is a heading (level 1 from 1.5×). */
const HEADING_RATIO = 1.15;
const TOP_HEADING_RATIO = 1.5;
/** A gap between baselines over this many line heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;
/** Headings are short. */
const HEADING_MAX = 200;
/** Page numbers and "Page 3 of 10" footers are not text. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,5}[-–—\s]*(?:(?:of|\/)\s*\d{1,5})?$/iu;
const CLOSES_SENTENCE = /[.!?:;…"”)]$/u;

/** Accumulates blocks over the pages of one PDF. */
export class PdfLayout {
  readonly blocks: Block[] = [];
  /** Characters of text per font size (rounded), to find the body size. */
  readonly #sizes = new Map<number, number>();
  #open: { kind: "paragraph" | "item"; lines: string[]; lastY: number; size: number } | undefined;

  /** Adds one page's runs in content order. */
  addPage(runs: readonly TextRun[]): void {
    const lines = joinLines(runs).filter((line) => !PAGE_NUMBER.test(line.text));
    for (const line of lines) {
      const size = Math.round(line.size);
      this.#sizes.set(size, (this.#sizes.get(size) ?? 0) + line.text.length);
    }
    const body = this.#bodySize();
    let first = true;
    for (const line of lines) {
      if (line.size >= body * HEADING_RATIO && line.text.length <= HEADING_MAX) {
        this.#close();
        const level = line.size >= body * TOP_HEADING_RATIO ? 1 : 2;
        const last = this.blocks.at(-1);
        // A heading that wraps over two lines is one heading.
        if (last?.kind === "heading" && last.level === level) last.text += ` ${line.text}`;
        else this.blocks.push({ kind: "heading", level, text: line.text });
        first = false;
        continue;
      }
      const marker = listMarkerLength(line.text);
      const open = this.#open;
      const continues =
        open !== undefined &&
        marker === 0 &&
        (first
          ? !CLOSES_SENTENCE.test(open.lines.at(-1) ?? "")
          : open.lastY - line.y <= open.size * PARAGRAPH_GAP && open.lastY > line.y);
      if (continues && open) {
        open.lines.push(line.text);
        open.lastY = line.y;
      } else {
        this.#close();
        this.#open = {
          kind: marker > 0 ? "item" : "paragraph",
          lines: [line.text.slice(marker)],
          lastY: line.y,
          size: line.size,
        };
      }
      first = false;
    }
  }

  /** Closes the last block; call once after the last page. */
  finish(): Block[] {
    this.#close();
    return this.blocks;
  }

  #close(): void {
    if (this.#open === undefined) return;
    const text = joinWrapped(this.#open.lines);
    if (text !== "") this.blocks.push({ kind: this.#open.kind, text });
    this.#open = undefined;
  }

  #bodySize(): number {
    let best = 0;
    let bestChars = -1;
    for (const [size, chars] of this.#sizes) {
      if (chars > bestChars) [best, bestChars] = [size, chars];
    }
    return best || 1;
  }
}

/** Joins runs into lines: a new line at an end-of-line mark or a change of baseline. */
function joinLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const run of runs) {
    const y = run.transform[5] ?? 0;
    const size = Math.abs(run.height || (run.transform[3] ?? 0));
    if (current && run.str !== "" && Math.abs(current.y - y) > Math.max(current.size, size) / 2) {
      lines.push(current);
      current = undefined;
    }
    if (run.str !== "") {
      current ??= { text: "", y, size };
      current.text += run.str;
      current.size = Math.max(current.size, size);
    }
    if (run.hasEOL && current) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/gu, " ").trim() }))
    .filter((line) => line.text !== "");
}

/** Joins wrapped lines; a word hyphenated at the end of a line is joined without a space. */
function joinWrapped(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) {
    if (text === "") text = line;
    else if (/\p{L}-$/u.test(text)) text += line;
    else text += `\n${line}`;
  }
  return text.trim();
}
