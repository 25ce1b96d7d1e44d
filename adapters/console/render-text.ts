/**
 * Renders a reply as terminal text: plain for pipes and `ask`, coloured on a TTY.
 */
import { citationText } from "../../src/replies/cite.js";
import type { Mark, Reply, ReplyItem } from "../../src/replies/reply.js";

/** How to style terminal output. */
export interface TextStyle {
  color: boolean;
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
 * Renders `reply` as lines of text.
 *
 * @example
 * process.stdout.write(renderText(await bot.ask("principles"), { color: false }));
 */
export function renderText(reply: Reply, style: TextStyle): string {
  const paint = style.color ? ANSI : PLAIN;
  const lines: string[] = [paint.title(reply.title), ""];
  for (const line of reply.intro) lines.push(line);
  if (reply.intro.length > 0) lines.push("");

  reply.items.forEach((item, i) => {
    const prefix = reply.items.length > 1 ? `${i + 1}. ` : "";
    if (item.headline) lines.push(paint.bold(item.headline));
    lines.push(
      `${prefix}${item.headline ? "“" : ""}${markText(item, paint.mark)}${item.headline ? "”" : ""}`,
    );
    lines.push(paint.dim(`   — ${citationText(item)}`), "");
  });

  const width = Math.min(28, Math.max(0, ...reply.entries.map((e) => e.label.length)));
  for (const entry of reply.entries)
    lines.push(`${paint.bold(entry.label.padEnd(width))}  ${entry.detail}`);
  if (reply.entries.length > 0) lines.push("");

  if (reply.suggestions.length > 0)
    lines.push(`Did you mean: ${reply.suggestions.map((s) => s.command).join(" · ")}`, "");
  if (reply.page.count > 1) {
    const next =
      reply.page.number < reply.page.count ? ` Type “more” for page ${reply.page.number + 1}.` : "";
    lines.push(paint.dim(`Page ${reply.page.number} of ${reply.page.count}.${next}`), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
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
