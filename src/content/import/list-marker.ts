/**
 * List markers at the start of a line of plain text (PDF lines, .txt files): bullets and
 * short enumerations such as `1.`, `2)`, `a)`.
 */

const MARKER = /^[ \t]*(?:[•·▪‣◦●○■□➢►*\-–—]|\(?\d{1,3}[.)]|\(?[a-z][)])[ \t]+(?=\S)/u;

/** The length of the list marker (with its spaces) at the start of `line`, or 0 if none. */
export function listMarkerLength(line: string): number {
  return MARKER.exec(line)?.[0].length ?? 0;
}
