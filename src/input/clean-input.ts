/**
 * Makes whatever people type safe to parse and to show back: no control characters, no
 * direction overrides, no broken surrogates, bounded length.
 */

import { graphemePrefix } from "./graphemes.js";

/** Longest input read; the rest is dropped and the reply says so. */
export const INPUT_MAX = 500;

// Controls (C0, C1) and format characters: bidi embeddings, overrides and isolates,
// zero-width characters, the BOM, interlinear annotations.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** The cleaned text and whether it had to be shortened. */
export interface CleanInput {
  text: string;
  truncated: boolean;
}

/**
 * Cleans user text: repairs lone surrogates, drops invisible and control characters
 * (a newline or tab becomes a space), applies NFKC, folds whitespace, and keeps at most
 * `max` characters, cut at a word boundary and never inside a surrogate pair.
 *
 * @example
 * cleanInput("  partners\u202e India ").text // "partners India"
 */
export function cleanInput(input: string, max = INPUT_MAX): CleanInput {
  const text = input
    .toWellFormed()
    .replaceAll("\ufffd", "")
    .replace(/[\t\n\r\v\f]/gu, " ")
    .replace(INVISIBLE, "")
    .normalize("NFKC")
    .replace(/\s+/gu, " ")
    .trim();
  if (text.length <= max) return { text, truncated: false };
  let cut = text.lastIndexOf(" ", max);
  if (cut < max / 2) cut = max;
  return { text: graphemePrefix(text, cut).trimEnd(), truncated: true };
}

/** Longest piece of user text quoted back in a message. */
export const ECHO_MAX = 40;

/** Quotes user text in a message, shortened: `“Mars/Olymp…”`. */
export function echo(text: string): string {
  const chars = [...text];
  return `“${chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX - 1).join("")}…` : text}”`;
}
