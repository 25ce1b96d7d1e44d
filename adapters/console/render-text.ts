/**
 * Renders a reply as terminal text: plain for pipes and `ask`, coloured on a TTY, wrapped at
 * word boundaries to the terminal's width, tables aligned. Excerpts of one section in a row
 * share one citation, printed after the last of them.
 */
import { localText } from "../../src/commands/format-example.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { DEFAULT_LANGUAGE } from "../../src/i18n/language.js";
import { createTranslator, type Translator } from "../../src/i18n/translator.js";
import { citationText } from "../../src/replies/cite.js";
import type { Mark, Reply, ReplyItem } from "../../src/replies/reply.js";
import { PIPED_WIDTH, table, wrapParagraph } from "./text-layout.js";

/** How to style terminal output. */
export interface TextStyle {
  color: boolean;
  /** Terminal width in cells; {@link PIPED_WIDTH} when absent. */
  width?: number;
}

const ANSI = {
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  mark: (s: string) => `\u001b[1;33m${s}\u001b[22;39m`,
  title: (s: string) => `\u001b[1;36m${s}\u001b[22;39m`,
};
const PLAIN = {
  bold: (s: string) => s,
  dim: (s: string) => s,
  mark: (s: string) => s,
  title: (s: string) => s,
};

/**
 * Renders `reply` as lines of text, ending with a newline.
 *
 * @example
 * process.stdout.write(renderText(await bot.ask("principles"), { color: false, width: 80 }));
 */
export function renderText(reply: Reply, style: TextStyle): string {
  const paint = style.color ? ANSI : PLAIN;
  const width = style.width ?? PIPED_WIDTH;
  const { t } = createTranslator(reply.language);
  const lines: string[] = [...wrapParagraph(reply.title, width).map(paint.title), ""];
  for (const line of reply.intro) lines.push(...wrapParagraph(line, width));
  if (reply.intro.length > 0) lines.push("");

  const offset = reply.page.itemOffset ?? 0;
  const numbered = reply.items.length > 1 || offset > 0 || reply.page.count > 1;
  reply.items.forEach((item, i) => {
    const prefix = numbered ? `${offset + i + 1}. ` : "";
    if (item.headline) lines.push(...wrapParagraph(paint.bold(item.headline), width));
    const quote = item.headline ? `“${markText(item, paint.mark)}”` : markText(item, paint.mark);
    lines.push(...wrapParagraph(quote, width, prefix, " ".repeat(prefix.length)));
    const citation = citationText(item);
    const next = reply.items[i + 1];
    // Consecutive excerpts of one section share one citation, after the last of them.
    if (next === undefined || citationText(next) !== citation)
      lines.push(...wrapParagraph(citation, width, "   — ", "     ").map(paint.dim));
    lines.push("");
  });

  const rows = reply.entries.map((e) => ({ label: paint.bold(e.label), detail: e.detail }));
  lines.push(...table(rows, width));
  if (reply.entries.length > 0) lines.push("");

  if (reply.suggestions.length > 0) {
    // Shown as the person would type it, in the reply's language (`recherche =finacement`).
    const suggested = reply.suggestions
      .map((s) => localText(s.command, COMMANDS, reply.language ?? DEFAULT_LANGUAGE))
      .join(" · ");
    lines.push(...wrapParagraph(t("reply.didYouMean", { suggested }), width), "");
  }
  if (reply.page.count > 1) lines.push(...wrapParagraph(paint.dim(pageLine(reply, t)), width), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

/** "Page 1 of 3. Type “more” for page 2, “previous” to go back." */
function pageLine(reply: Reply, t: Translator["t"]): string {
  const { number, count } = reply.page;
  const next = number < count ? ` ${t("console.page.more", { page: number + 1 })}` : "";
  const back = number > 1 ? ` ${t("console.page.previous", { page: number - 1 })}` : "";
  return `${t("reply.page", { number, count })}${next}${back}`;
}

function markText(item: ReplyItem, mark: (s: string) => string): string {
  let out = "";
  let at = 0;
  for (const [start, end] of item.marks as Mark[]) {
    out += item.text.slice(at, start) + mark(item.text.slice(start, end));
    at = end;
  }
  return out + item.text.slice(at);
}
