/**
 * Escapes plain text for the parts of a Discord message that render markdown (content, embed
 * titles, descriptions and fields). The core's text is plain; quoted passages and user queries
 * must show exactly as written, never as formatting, links or mentions.
 */

// Inline markdown anywhere: emphasis, strike, code, spoilers, masked links ([…]), mentions,
// channels and custom emoji (<@…>, <#…>, <:…>), @everyone/@here, and the escape itself.
const INLINE = /[\\*_~`|[\]<>@]/gu;
// Block markdown only counts at the start of a line: headings, quotes, lists, subtext.
const LINE_MARKER = /^(\s*)([#>+-])/gmu;
const NUMBERED = /^(\s*\d+)\.(?=\s)/gmu;

/**
 * `text` with every markdown-significant character backslash-escaped.
 *
 * @example
 * escapeMarkdown("**hi** @everyone") // "\\*\\*hi\\*\\* \\@everyone"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, "\\$&").replace(LINE_MARKER, "$1\\$2").replace(NUMBERED, "$1\\.");
}
