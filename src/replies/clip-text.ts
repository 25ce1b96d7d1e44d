/**
 * Cutting text to fit a limit. Text is cut on the plain string, before escaping and marking,
 * so an entity (`&amp;`) or a bold pair is never split; the limit applies to the rendering.
 * Cuts fall at a sentence end when one is close, else at a word boundary, else between two
 * code points: never inside a surrogate pair.
 */
import { graphemeStartAtOrBefore } from "../input/graphemes.js";

/** Renders `text[start, end)` the way it will be sent (escaped, marked). */
export type RenderRange = (start: number, end: number) => string;

/** Added where text was cut. */
export const ELLIPSIS = "…";

const SENTENCE_END = /[.!?;:…]/u;
const SPACE = /\s/u;

/**
 * The end of the longest prefix of `text[start, end)` whose rendering, plus `reserve`
 * characters, is at most `max`, moved back to a sentence end or a space when one lies in the
 * prefix's second half. `start` when nothing fits.
 */
export function fitEnd(
  text: string,
  start: number,
  end: number,
  max: number,
  render: RenderRange,
  reserve = 0,
): number {
  const fits = (at: number) => render(start, at).length + reserve <= max;
  if (fits(end)) return end;
  // The rendering only grows as the prefix grows, so a binary search finds the longest fit.
  let low = start;
  let high = end - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  const cut = Math.max(start, graphemeStartAtOrBefore(text, low));
  return Math.max(start, boundaryBefore(text, start, cut));
}

/** The best place at or before `cut` to end a piece: a sentence end, else a space, else `cut`. */
function boundaryBefore(text: string, start: number, cut: number): number {
  const floor = start + Math.floor((cut - start) / 2);
  for (let at = cut; at > floor; at--) {
    if (SENTENCE_END.test(text[at - 1] ?? "") && SPACE.test(text[at] ?? "")) return at;
  }
  for (let at = cut; at > floor; at--) if (SPACE.test(text[at] ?? "")) return at;
  return cut;
}

/** The index of the first non-space at or after `at`. */
function skipSpaces(text: string, at: number, end: number): number {
  let next = at;
  while (next < end && SPACE.test(text[next] ?? "")) next++;
  return next;
}

/**
 * Splits `text[start, end)` into ranges whose renderings are each at most `max` characters,
 * so a long passage spans several blocks instead of being cut. Lazy: a caller that runs out
 * of room stops paying for the rest.
 */
export function* splitRanges(
  text: string,
  start: number,
  end: number,
  max: number,
  render: RenderRange,
): Generator<[number, number]> {
  let at = skipSpaces(text, start, end);
  while (at < end) {
    let stop = fitEnd(text, at, end, max, render);
    // Not even one character fits: `max` is tiny. Give up rather than exceed it.
    if (stop <= at) return;
    const trimmed = text.slice(at, stop).trimEnd().length;
    if (trimmed > 0) stop = at + trimmed;
    yield [at, stop];
    at = skipSpaces(text, stop, end);
  }
}

/**
 * Renders `text[start, end)` within `max` characters, cut with an ellipsis when it is longer.
 *
 * @example
 * clipRange(text, 0, text.length, 3000, (s, e) => escapeMrkdwn(text.slice(s, e)))
 */
export function clipRange(
  text: string,
  start: number,
  end: number,
  max: number,
  render: RenderRange,
): string {
  const whole = render(start, end);
  if (whole.length <= max) return whole;
  const stop = fitEnd(text, start, end, max, render, ELLIPSIS.length);
  if (stop <= start) return "";
  return `${render(start, stop).trimEnd()}${ELLIPSIS}`;
}

/** Plain `text` within `max` characters, cut with an ellipsis when it is longer. */
export function clipText(text: string, max: number): string {
  return clipRange(text, 0, text.length, max, (start, end) => text.slice(start, end));
}

/** Groups lines, in order, into as few groups as possible of at most `max` characters joined by newlines. */
export function groupLines(lines: readonly string[], max: number): string[][] {
  const groups: string[][] = [];
  let size = 0;
  for (const line of lines) {
    const current = groups.at(-1);
    if (current && size + 1 + line.length <= max) {
      current.push(line);
      size += 1 + line.length;
    } else {
      groups.push([line]);
      size = line.length;
    }
  }
  return groups;
}
