/**
 * Makes whatever people type safe to parse and to show back: no control characters, no
 * direction overrides, no broken surrogates, bounded length.
 */

import type { Translator } from "../i18n/translator.js";
import { graphemePrefix } from "./graphemes.js";
import { plainMentions } from "./mentions.js";

/** Longest input read; the rest is dropped and the reply says so. */
export const INPUT_MAX = 500;

// Controls (C0, C1) and format characters: bidi embeddings, overrides and isolates,
// zero-width characters, the BOM, interlinear annotations.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Format characters that belong to an emoji: the zero-width joiner between two pictographs
// (👩‍💻) and the tag characters of a subdivision flag (🏴 + tags + cancel tag).
const ZWJ = "\u200d";
const EMOJI_TAGS = /^\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const clusters = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * `text` without invisible characters, except those inside an emoji that need them: a
 * joiner between two pictographs, the tags of a subdivision flag. Works per grapheme cluster,
 * so a joiner or tag outside an emoji (used to hide text or split a word) still goes.
 */
function dropInvisible(text: string): string {
  if (!/[\p{Cc}\p{Cf}]/u.test(text)) return text;
  let out = "";
  for (const { segment } of clusters.segment(text)) {
    if (!PICTOGRAPH.test(segment)) {
      out += segment.replace(INVISIBLE, "");
      continue;
    }
    const tags = EMOJI_TAGS.exec(segment)?.[0] ?? "";
    const rest = segment.slice(tags.length);
    // Keep a joiner only with a pictograph on each side within this cluster.
    const joined = rest.replace(/\u200d(?!\p{Extended_Pictographic})/gu, "").split(ZWJ);
    out += tags + joined.map((part) => part.replace(INVISIBLE, "")).join(ZWJ);
  }
  return out;
}

/** The cleaned text and whether it had to be shortened. */
export interface CleanInput {
  text: string;
  truncated: boolean;
}

/**
 * Cleans user text: turns mention, channel and link markup into plain tokens (`@admins`),
 * repairs lone surrogates, drops invisible and control characters
 * (a newline or tab becomes a space) except the joiners and tags inside an emoji, applies NFKC, folds whitespace, and keeps at most
 * `max` characters, cut at a word boundary and never inside a surrogate pair.
 *
 * @example
 * cleanInput("  partners\u202e India ").text // "partners India"
 */
export function cleanInput(input: string, max = INPUT_MAX): CleanInput {
  const spaced = plainMentions(input.toWellFormed())
    .replaceAll("\ufffd", "")
    .replace(/[\t\n\r\v\f]/gu, " ");
  const text = dropInvisible(spaced).normalize("NFKC").replace(/\s+/gu, " ").trim();
  if (text.length <= max) return { text, truncated: false };
  let cut = text.lastIndexOf(" ", max);
  if (cut < max / 2) cut = max;
  return { text: graphemePrefix(text, cut).trimEnd(), truncated: true };
}

/** Longest piece of user text quoted back in a message. */
export const ECHO_MAX = 40;

/**
 * Quotes user text in a message, with the quotation marks of `t`'s language (message
 * `input.echo`: `“Mars/Olymp…”` in English, `« Mars/Olymp… »` in French), shortened to
 * {@link ECHO_MAX} user-perceived characters (grapheme clusters: a flag or an emoji with
 * joiners counts as one and is never split).
 */
export function echo(text: string, t: Translator["t"]): string {
  const parts = Array.from(clusters.segment(text), (s) => s.segment);
  return t("input.echo", {
    text: parts.length > ECHO_MAX ? `${parts.slice(0, ECHO_MAX - 1).join("")}…` : text,
  });
}
