/**
 * Text folding: what counts as "the same text". The verbatim check folds whitespace only;
 * every match people's words go through (search, names, topics, autocomplete, suggestions,
 * concepts, demonyms) uses the one normalisation {@link foldCase}: case, accents, apostrophes,
 * dashes, and whitespace with {@link foldForMatch}.
 */

/** Collapses every run of whitespace to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;

// Any character outside ASCII: only those can carry an accent worth folding.
const NON_ASCII = /[\u{80}-\u{10FFFF}]/gu;
const MARKS = /\p{M}+/gu;

/** `ch` without its accents (`é` → `e`, `Í` → `I`), or `ch` itself when folding would change its length. */
function withoutAccents(ch: string): string {
  const base = ch.normalize("NFD").replace(MARKS, "");
  return base.length === ch.length ? base : ch;
}

/**
 * The one normalisation for matching: lower case, accents removed (`Nigéria` matches
 * `Nigeria`), typographic apostrophes and dashes made ASCII (people type `France's`, the source
 * prints `France’s`). Each character folds to one of the same length, so offsets into the
 * result are offsets into the input (text is NFC, as input cleaning makes it).
 *
 * @example
 * foldCase("Sécurity Council’s") // "security council's"
 */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .replace(NON_ASCII, withoutAccents)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-");
}

/** {@link foldCase} after {@link foldWhitespace}: the form phrases are compared in. */
export function foldForMatch(text: string): string {
  return foldCase(foldWhitespace(text));
}
