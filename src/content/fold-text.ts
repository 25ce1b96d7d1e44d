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
  // One pass over the code units, copying nothing until a character folds: most text needs
  // no folding, and the rest a few characters (’, é). Every passage and name goes through here
  // at start-up; a regular expression over code points took about twice as long.
  let folded = "";
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const unit = lower.charCodeAt(i);
    if (unit < 0x80 && unit !== BACKTICK) continue;
    // A character outside the BMP is two units: folded whole, as the regular expression did.
    const width =
      unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1)) ? 2 : 1;
    const ch = width === 1 ? (lower[i] ?? "") : lower.slice(i, i + 2);
    const into = foldCharacter(ch);
    if (into !== ch) {
      folded += lower.slice(copied, i) + into;
      copied = i + width;
    }
    i += width - 1;
  }
  return copied === 0 ? lower : folded + lower.slice(copied);
}

const BACKTICK = 0x60;

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** {@link foldCase} after {@link foldWhitespace}: the form phrases are compared in. */
export function foldForMatch(text: string): string {
  return foldCase(foldWhitespace(text));
}
