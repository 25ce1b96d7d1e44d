/**
 * Terminal layout: paragraphs wrapped at word boundaries to the terminal's width (with a
 * hanging indent), and two-column tables whose second column lines up. Widths are measured
 * in terminal cells with `string-width` (ANSI colours take none, wide characters take two);
 * wrapping is `wrap-ansi`'s, which keeps colours across the breaks.
 */
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";

/** Width used when output is not a terminal (pipes, files, `ask`). */
export const PIPED_WIDTH = 80;
/** Narrowest width laid out; narrower terminals get this and wrap themselves. */
export const MIN_WIDTH = 20;
/** A table's first column takes at most this share of the width; longer labels go on their own line. */
const LABEL_SHARE = 0.4;

/** The width to lay text out in for `output`: its columns on a terminal, {@link PIPED_WIDTH} otherwise. */
export function outputWidth(output: NodeJS.WritableStream): number {
  const tty = output as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  const columns = tty.isTTY === true ? tty.columns : undefined;
  return Math.max(MIN_WIDTH, columns !== undefined && columns > 0 ? columns : PIPED_WIDTH);
}

/**
 * `text` wrapped to `width` cells: the first line starts with `first`, the others with
 * `rest` (a hanging indent). Words are never split unless one alone is wider than a line.
 */
export function wrapParagraph(text: string, width: number, first = "", rest = first): string[] {
  const indent = Math.max(stringWidth(first), stringWidth(rest));
  const room = Math.max(MIN_WIDTH / 2, width - indent);
  // French typography: a line never breaks inside « … » next to the marks, nor before : ; ! ?
  // The space is held by a placeholder while wrapping, then given back: the text is unchanged.
  const hold = !text.includes(GLUE);
  const wrapped = wrapAnsi(hold ? holdFrenchSpaces(text, room) : text, room, {
    hard: true,
    trim: true,
  });
  const lines = (hold ? wrapped.replaceAll(GLUE, " ") : wrapped).split("\n");
  return lines.map((line, i) => `${i === 0 ? first : rest}${line}`);
}

/** A mark French typography keeps on the line of the word before it: » : ; ! ? (then . , )). */
const CLOSING_MARK = /^[»:;!?][.,)]?$/u;

/**
 * `text` with the spaces French typography never breaks at (after a lone «, before a lone
 * » : ; ! ?) replaced by {@link GLUE}, as long as what they join still fits in `room` cells.
 */
function holdFrenchSpaces(text: string, room: number): string {
  const words = text.split(" ");
  let out = words[0] ?? "";
  let last = out;
  for (const word of words.slice(1)) {
    const joins =
      (last === "«" || CLOSING_MARK.test(word)) && stringWidth(`${last} ${word}`) <= room;
    out += `${joins ? GLUE : " "}${word}`;
    last = joins ? `${last} ${word}` : word;
  }
  return out;
}
/** A private-use character that wrap-ansi does not break at, one cell wide like the space. */
const GLUE = "\u{E000}";

/** One row of a table: a label and its detail, each possibly styled. */
export interface TableRow {
  label: string;
  detail: string;
}

/**
 * Rows as an aligned two-column table within `width`: details start in one column and wrap
 * under themselves. A label wider than its column gets a line of its own, the detail below.
 */
export function table(rows: readonly TableRow[], width: number): string[] {
  const cap = Math.max(8, Math.floor(width * LABEL_SHARE));
  const fitting = rows.map((r) => stringWidth(r.label)).filter((w) => w <= cap);
  const column = Math.max(0, ...fitting);
  const gap = "  ";
  const pad = " ".repeat(column + gap.length);
  const lines: string[] = [];
  for (const row of rows) {
    const labelWidth = stringWidth(row.label);
    if (row.detail === "") {
      lines.push(...wrapParagraph(row.label, width));
      continue;
    }
    if (labelWidth > column) {
      lines.push(...wrapParagraph(row.label, width));
      lines.push(...wrapParagraph(row.detail, width, pad));
      continue;
    }
    const head = row.label + " ".repeat(column - labelWidth) + gap;
    lines.push(...wrapParagraph(row.detail, width, head, pad));
  }
  return lines;
}
