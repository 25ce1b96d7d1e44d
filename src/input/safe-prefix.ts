/**
 * Cutting text without breaking a character: UTF-16 stores emoji and other astral characters
 * as surrogate pairs, and a cut between the halves leaves an invalid string behind.
 */

/** Whether cutting `text` at `index` would separate the halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The first `length` UTF-16 units of `text`, one fewer when the cut would split a pair.
 *
 * @example
 * safePrefix("a😀", 2) // "a"
 */
export function safePrefix(text: string, length: number): string {
  const end = Math.max(0, length);
  return text.slice(0, splitsSurrogatePair(text, end) ? end - 1 : end);
}
