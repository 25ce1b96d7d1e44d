/**
 * Discord markdown: escaping for the parts of a message that render markdown (content, embed
 * titles, descriptions and fields), and plain text with marked ranges → marks in bold,
 * everything else escaped, cut to a length limit without breaking an escape or a bold pair.
 * The core's text is plain; quoted passages and user queries must show exactly as written,
 * never as formatting, links or mentions.
 */

import { clipRange } from "../../../src/replies/clip-text.js";
import type { Mark } from "../../../src/replies/reply.js";
import { mergeMarks } from "../../../src/search/highlight.js";

/**
 * Renders `text` with `marks` in bold, at most `max` characters once rendered; a text that
 * does not fit is cut by the core's one clipping policy (sentence end, else word end, never
 * inside a character) and ends with "…".
 *
 * @example
 * renderMarked("terrorist financing", [[10, 19]], 100) // "terrorist **financing**"
 */
export function renderMarked(text: string, marks: readonly Mark[], max: number): string {
  const clean = cleanMarks(marks, text.length);
  // Always rendered from the start: the range's end is what the cut moves.
  return clipRange(text, 0, text.length, max, (_start, end) => markup(text, clean, end));
}

/** Marks inside `[0, length)`, sorted, without empty or overlapping ranges. */
function cleanMarks(marks: readonly Mark[], length: number): Mark[] {
  return mergeMarks(
    marks
      .map(([start, end]): Mark => [Math.max(0, start), Math.min(length, end)])
      .filter(([start, end]) => start < end),
  );
}

/** The markup of `text` up to `end`. */
function markup(text: string, marks: readonly Mark[], end: number): string {
  const stop = end;
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

// Inline markdown anywhere: emphasis, strike, code, spoilers, masked links ([…]), mentions,
// channels and custom emoji (<@…>, <#…>, <:…>), @everyone/@here, and the escape itself.
const INLINE = /[\\*_~`|[\]<>@]/gu;
// Block markdown only counts at the start of a line: headings, quotes, lists, subtext.
const LINE_MARKER = /^(\s*)([#>+-])/gmu;
const NUMBERED = /^(\s*\d+)\.(?=\s)/gmu;

/**
 * `text` with every markdown-significant character backslash-escaped.
 *
 * @example
 * escapeMarkdown("**hi** @everyone") // "\\*\\*hi\\*\\* \\@everyone"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, "\\$&").replace(LINE_MARKER, "$1\\$2").replace(NUMBERED, "$1\\.");
}
