/**
 * Text folding: what counts as "the same text". The verbatim check folds whitespace only;
 * every match people's words go through (search, names, topics, autocomplete, suggestions,
 * concepts, demonyms) uses the one normalisation {@link foldCase}: case, accents, apostrophes,
 * dashes, and whitespace with {@link foldForMatch}.
 */

// Whitespace that folding would change: any but a plain space, two spaces, a space at an end.
const UNFOLDED_SPACE = /[^\S ]| {2}|^ | $/u;
// A run of whitespace that is not a lone plain space: the only runs folding replaces.
const SPACE_RUN = /[^\S ]\s*| \s+/gu;

/** Collapses every run of whitespace to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  // Most text is folded already (passages are stored folded): testing is cheaper than
  // rebuilding it, and every passage, quote and name goes through here at start-up. Lone
  // spaces are left in place: replacing each one made folding a source document 10x slower.
  return UNFOLDED_SPACE.test(text) ? text.replace(SPACE_RUN, " ").trim() : text;
}

const APOSTROPHE = /^[\u2018\u2019\u201b\u02bc\u0060\u00b4]$/u;
const DASH = /^[\u2010-\u2015\u2212]$/u;
const MARKS = /\p{M}+/gu;
// What lower-case text needs beyond toLowerCase: a non-ASCII character or a backtick.
const NEEDS_FOLDING = /[`\u{80}-\u{10FFFF}]/u;
const FOLDABLE = /[`\u{80}-\u{10FFFF}]/gu;

// The same few accented letters and typographic signs, over and over: remembered, up to a
// bound (queries may bring any character).
const foldedCharacters = new Map<string, string>();
const FOLDED_CHARACTERS_MAX = 4096;

/**
 * One character as {@link foldCase} folds it: its accents off (`é` → `e`; kept when removing
 * them would change its length), then an apostrophe made `'` and a dash made `-`.
 */
function foldCharacter(ch: string): string {
  const known = foldedCharacters.get(ch);
  if (known !== undefined) return known;
  const normalized = ch.normalize("NFD").replace(MARKS, "");
  const base = normalized.length === ch.length ? normalized : ch;
  const folded = APOSTROPHE.test(base) ? "'" : DASH.test(base) ? "-" : base;
  if (foldedCharacters.size < FOLDED_CHARACTERS_MAX) foldedCharacters.set(ch, folded);
  return folded;
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
  const lower = text.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  // One pass over the text (it was three: accents, apostrophes, dashes), most of which needs
  // no folding.
  return lower.replace(FOLDABLE, foldCharacter);
}

/** {@link foldCase} after {@link foldWhitespace}: the form phrases are compared in. */
export function foldForMatch(text: string): string {
  return foldCase(foldWhitespace(text));
}
