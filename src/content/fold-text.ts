/**
 * Text folding shared by the verbatim check and by matching: what counts as "the same text".
 */

/** Collapses every run of whitespace to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;

/**
 * Lower case, typographic apostrophes and dashes made ASCII (people type `France's`, the
 * source prints `France’s`). Offsets into the result are offsets into the input for the
 * English text we hold.
 */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, "-");
}

/** {@link foldCase} after {@link foldWhitespace}: the form phrases are compared in. */
export function foldForMatch(text: string): string {
  return foldCase(foldWhitespace(text));
}
