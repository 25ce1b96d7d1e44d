/**
 * Shortens plain text to a length limit without splitting a surrogate pair, preferring a word
 * boundary, and says it was cut with an ellipsis.
 */

import { safePrefix } from "../../../src/input/safe-prefix.js";

/** What marks a cut. */
export const ELLIPSIS = "…";

/**
 * `text` if it fits in `max` UTF-16 units (what Discord counts), else its start cut at a word
 * boundary when one is near, followed by "…".
 *
 * @example
 * clipText("France spares no effort", 12) // "France…"
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  let cut = text.lastIndexOf(" ", room);
  // A boundary far back would throw away most of the room; cut mid-word instead.
  if (cut < room * 0.6) cut = room;
  return `${safePrefix(text, cut).trimEnd()}${ELLIPSIS}`;
}
