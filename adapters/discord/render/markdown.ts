/**
 * Plain text with marked ranges → Discord markdown: marks in bold, everything else escaped, cut
 * to a length limit without breaking an escape or a bold pair.
 */

import { splitsSurrogatePair } from "../../../src/input/safe-prefix.js";
import type { Mark } from "../../../src/replies/reply.js";
import { mergeMarks } from "../../../src/search/highlight.js";
import { ELLIPSIS } from "./clip-text.js";
import { escapeMarkdown } from "./escape-markdown.js";

/** Share of the room a cut may give up to end on a word boundary. */
const WORD_CUT_SLACK = 0.4;

/**
 * Renders `text` with `marks` in bold, at most `max` characters once rendered; a text that
 * does not fit ends with "…" after the last whole word that does.
 *
 * @example
 * renderMarked("terrorist financing", [[10, 19]], 100) // "terrorist **financing**"
 */
export function renderMarked(text: string, marks: readonly Mark[], max: number): string {
  const clean = cleanMarks(marks, text.length);
  const whole = markup(text, clean, text.length);
  if (whole.length <= max) return whole;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  // The rendered length never shrinks as the prefix grows, so search for the longest prefix.
  let low = 0;
  let high = text.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (markup(text, clean, middle).length <= room) low = middle;
    else high = middle - 1;
  }
  const space = text.lastIndexOf(" ", low);
  const end = space > low * (1 - WORD_CUT_SLACK) ? space : low;
  return `${markup(text, clean, end).trimEnd()}${ELLIPSIS}`;
}

/** Marks inside `[0, length)`, sorted, without empty or overlapping ranges. */
function cleanMarks(marks: readonly Mark[], length: number): Mark[] {
  return mergeMarks(
    marks
      .map(([start, end]): Mark => [Math.max(0, start), Math.min(length, end)])
      .filter(([start, end]) => start < end),
  );
}

/** The markup of `text` up to `end` (never splitting a surrogate pair). */
function markup(text: string, marks: readonly Mark[], end: number): string {
  const stop = splitsSurrogatePair(text, end) ? end - 1 : end;
  let out = "";
  let at = 0;
  for (const [start, finish] of marks) {
    if (start >= stop) break;
    out += escapeMarkdown(text.slice(at, start)) + bold(text.slice(start, Math.min(finish, stop)));
    at = Math.min(finish, stop);
  }
  return out + escapeMarkdown(text.slice(at, stop));
}

/** `**word**`, keeping surrounding spaces outside: Discord ignores `** word**`. */
function bold(segment: string): string {
  const inner = segment.trim();
  if (inner === "") return segment;
  const lead = segment.slice(0, segment.indexOf(inner));
  const trail = segment.slice(lead.length + inner.length);
  return `${lead}**${escapeMarkdown(inner)}**${trail}`;
}
