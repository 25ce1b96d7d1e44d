/**
 * Cuts a document's blocks into citable passages: one per paragraph or list item, long
 * paragraphs split at sentence ends (Intl.Segmenter), each under the heading it follows.
 */
import { PASSAGE_TEXT_MAX } from "../content-schema.js";
import { foldWhitespace } from "../fold-text.js";
import type { Block } from "./document-model.js";

/** A passage before it has an id. `text` is whitespace-folded and verbatim in the source. */
export interface DraftPassage {
  /** The nearest heading above it (any level), or the document title before any heading. */
  section: string;
  /** The nearest top-level heading above it, or the document title: its topic. */
  topSection: string;
  text: string;
}

/**
 * A paragraph of fewer words is not citable on its own ("Read more", "Quick access :",
 * a bare date line); list items are kept whatever their length.
 */
export const PARAGRAPH_MIN_WORDS = 3;

/**
 * Returns the passages of `blocks` in reading order. `title` names the part before the first
 * heading; `language` picks the sentence rules.
 */
export function segmentPassages(
  blocks: readonly Block[],
  title: string,
  language: string,
): DraftPassage[] {
  const top = topLevel(blocks);
  const sentences = new Intl.Segmenter(language, { granularity: "sentence" });
  const words = new Intl.Segmenter(language, { granularity: "word" });
  const passages: DraftPassage[] = [];
  let section = title;
  let topSection = title;
  for (const block of blocks) {
    const text = foldWhitespace(block.text);
    if (block.kind === "heading") {
      if (text === "") continue;
      section = text;
      if (block.level <= top) topSection = text;
      continue;
    }
    // The title repeated as the first line (a Word "Title" paragraph) is not a passage.
    if (passages.length === 0 && section === title && text.toLowerCase() === title.toLowerCase())
      continue;
    const wordCount = [...words.segment(text)].filter((w) => w.isWordLike).length;
    if (wordCount === 0 || (block.kind === "paragraph" && wordCount < PARAGRAPH_MIN_WORDS))
      continue;
    for (const piece of splitLong(withoutTrailingMenu(text, sentences, words), sentences, words))
      passages.push({ section, topSection, text: piece });
  }
  return passages;
}

/**
 * The heading level whose sections make topics: the shallowest, unless that is only one
 * heading opening the document (its title, as `# Title` or a PDF's cover line), then the next.
 */
function topLevel(blocks: readonly Block[]): number {
  const headings = blocks.filter((b) => b.kind === "heading");
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const [first, second] = levels;
  if (first === undefined) return 1;
  const opening = headings.filter((h) => h.level === first);
  return opening.length === 1 && headings[0] === opening[0] && second !== undefined
    ? second
    : first;
}

/** Most words in one sentence of a navigation menu ("What is Daesh?"). */
export const MENU_SENTENCE_MAX_WORDS = 14;
// A menu line ends as a question or as a truncated teaser: "?", "(...)", "…" or "...".
const MENU_END = /(\?|\(\.\.\.\)|…|\.\.\.)\s*$/u;

/**
 * `text` without the run of menu lines a saved web page glues to a teaser paragraph ("… by all
 * means necessary. What is Daesh? What threat does it pose? … coalition (...)"): two or more
 * short trailing sentences that are questions or cut-off teasers are navigation, not content.
 * What is left is still verbatim (a prefix of the paragraph).
 */
function withoutTrailingMenu(
  text: string,
  sentences: Intl.Segmenter,
  words: Intl.Segmenter,
): string {
  const parts = [...sentences.segment(text)];
  let cut = parts.length;
  while (cut > 0) {
    const sentence = parts[cut - 1]?.segment ?? "";
    const count = [...words.segment(sentence)].filter((w) => w.isWordLike).length;
    if (!MENU_END.test(sentence) || count > MENU_SENTENCE_MAX_WORDS) break;
    cut--;
  }
  if (parts.length - cut < 2 || cut === 0) return text;
  return parts
    .slice(0, cut)
    .map((p) => p.segment)
    .join("")
    .trimEnd();
}

/** Splits `text` into pieces of at most {@link PASSAGE_TEXT_MAX}, at sentence ends if it can. */
function splitLong(text: string, sentences: Intl.Segmenter, words: Intl.Segmenter): string[] {
  if (text.length <= PASSAGE_TEXT_MAX) return [text];
  const units = [...sentences.segment(text)].flatMap((s) =>
    s.segment.length <= PASSAGE_TEXT_MAX
      ? [s.segment]
      : packSegments([...words.segment(s.segment)].map((w) => w.segment)),
  );
  return (
    packSegments(units)
      // A single "word" over the limit (a long URL, a table flattened to one token) is cut.
      .flatMap((piece) => (piece.length <= PASSAGE_TEXT_MAX ? [piece] : hardCut(piece)))
      .map((piece) => piece.trim())
      .filter((piece) => piece !== "")
  );
}

function hardCut(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PASSAGE_TEXT_MAX)
    pieces.push(text.slice(at, at + PASSAGE_TEXT_MAX));
  return pieces;
}

/** Greedily joins consecutive segments into pieces no longer than the limit. */
function packSegments(segments: readonly string[]): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const segment of segments) {
    if (current !== "" && (current + segment).trimEnd().length > PASSAGE_TEXT_MAX) {
      pieces.push(current);
      current = "";
    }
    current += segment;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}
