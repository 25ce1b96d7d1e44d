/**
 * Cutting text without breaking a user-perceived character: an emoji with its modifiers or
 * joiners, a flag (two regional indicators), a letter with its combining accent. UTF-16 cuts
 * that ignore this leave half a flag or a lone surrogate behind. Grapheme clusters as
 * `Intl.Segmenter` defines them (Unicode UAX #29).
 */

// Made on first use: creating it loads ICU's break rules (~10 ms at start-up), and most cuts
// take the fast path below and never need it.
let graphemes: Intl.Segmenter | undefined;

/**
 * The largest index `≤ at` where a grapheme cluster starts (or `text.length`): cutting there
 * keeps every user-perceived character whole. Regional-indicator flags pair up from the start
 * of their run, so the text is segmented from its start.
 *
 * @example
 * graphemeStartAtOrBefore("a👩‍💻", 3) // 1: the cut moves before the whole emoji
 */
export function graphemeStartAtOrBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  // Fast path: two plain characters (below the combining marks) always meet at a boundary.
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (before < 0x300 && after < 0x300 && !(before === 13 && after === 10)) return at;
  let last = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { index } of graphemes.segment(text.slice(0, Math.min(text.length, at + 64)))) {
    if (index > at) break;
    last = index;
  }
  return last;
}

/**
 * The first `length` UTF-16 units of `text`, shortened to the last whole grapheme cluster.
 *
 * @example
 * graphemePrefix("zz🇫🇷🇫🇷", 5) // "zz🇫🇷"
 */
export function graphemePrefix(text: string, length: number): string {
  return text.slice(0, graphemeStartAtOrBefore(text, Math.max(0, length)));
}

/** Whether `at` falls between two grapheme clusters (or at either end of `text`). */
export function isGraphemeBoundary(text: string, at: number): boolean {
  return graphemeStartAtOrBefore(text, at) === at;
}
