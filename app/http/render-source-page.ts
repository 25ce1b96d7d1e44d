/**
 * The HTML of the source pages: the list of sources, and one source whole (title, publisher,
 * date, rights, link to the original, section headings), each passage in an element whose
 * `id` is the passage id, highlighted when the address names it (`#<passage-id>`, CSS
 * `:target`). Plain HTML and one inline style sheet: no script, no framework.
 */
import { createHash } from "node:crypto";
import { foldWhitespace } from "../../src/content/fold-text.js";
import type { Content, Passage, Source } from "../../src/content/types.js";
import { escapeHtml } from "./escape-html.js";

/** The one style sheet, inline; {@link PAGE_STYLE_HASH} allows it (and nothing else) in the CSP. */
export const PAGE_STYLE = [
  "body{margin:0;font:1.05rem/1.6 system-ui,sans-serif;color:#1b1f24;background:#fff}",
  "main{max-width:42rem;margin:0 auto;padding:1rem 1.1rem 4rem}",
  "h1{font-size:1.5rem;line-height:1.3}h2{font-size:1.15rem;margin-top:2rem}",
  ".meta{color:#4a525c}.context{color:#5b636d}",
  ".passage{padding:.3rem .6rem;border-left:3px solid transparent;scroll-margin-top:3rem}",
  ".passage:target{background:#fff1a8;border-left-color:#c98a00}",
  ".date{color:#4a525c;font-size:.9em}a{color:#1f4e8c}",
  "li{margin:.6rem 0}",
].join("");

/** The CSP source for {@link PAGE_STYLE}: `'sha256-<base64>'`. */
export const PAGE_STYLE_HASH = `'sha256-${createHash("sha256").update(PAGE_STYLE).digest("base64")}'`;

/** A whole page around `body` (already HTML). */
function page(title: string, language: string, body: string): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_STYLE}</style></head>`,
    `<body><main>${body}</main></body></html>`,
  ].join("\n");
}

/** The list of sources, newest first, each with its date and passage count. */
export function renderSourceList(content: Content): string {
  const counts = new Map<string, number>();
  for (const p of content.passages) counts.set(p.sourceId, (counts.get(p.sourceId) ?? 0) + 1);
  const sources = [...content.sources].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  const items = sources.map((s) => {
    const count = counts.get(s.id) ?? 0;
    return (
      `<li><a href="sources/${encodeURIComponent(s.id)}">${escapeHtml(s.title)}</a><br>` +
      `<span class="meta">${escapeHtml(s.publisher)} · ${escapeHtml(s.dateLabel)} · ` +
      `${count} passage${count === 1 ? "" : "s"}</span></li>`
    );
  });
  return page("Sources", "en", `<h1>Sources</h1>\n<ul>\n${items.join("\n")}\n</ul>`);
}

/** The page of `source`: its metadata, then its text in reading order with every passage marked. */
export function renderSourcePage(content: Content, source: Source): string {
  const passages = content.passages.filter((p) => p.sourceId === source.id);
  const head = [
    `<p><a href="../sources">All sources</a></p>`,
    `<h1>${escapeHtml(source.title)}</h1>`,
    `<p class="meta">${escapeHtml(source.publisher)} · ${escapeHtml(source.dateLabel)}</p>`,
    `<p class="meta">Rights: ${escapeHtml(source.rights)}</p>`,
    ...(source.url !== undefined && /^https?:\/\//iu.test(source.url)
      ? [
          `<p><a href="${escapeHtml(source.url)}" rel="noopener noreferrer">Original document</a></p>`,
        ]
      : []),
  ];
  return page(source.title, source.language, [...head, ...body(source, passages)].join("\n"));
}

/**
 * The text in reading order: section headings, each passage in its own element, and the text
 * between passages (verbatim, whitespace folded as the verbatim check folds it) as context.
 */
function body(source: Source, passages: readonly Passage[]): string[] {
  const text = foldWhitespace(source.text);
  const out: string[] = [];
  let from = 0;
  let section: string | undefined;
  for (const passage of passages) {
    if (passage.section !== section) {
      section = passage.section;
      if (section !== source.title) out.push(`<h2>${escapeHtml(section)}</h2>`);
    }
    const at = text.indexOf(passage.text, from);
    if (at >= 0) {
      const gap = text.slice(from, at).trim();
      if (gap !== "") out.push(`<p class="context">${escapeHtml(gap)}</p>`);
      from = at + passage.text.length;
    }
    out.push(passageHtml(passage));
  }
  const rest = text.slice(from).trim();
  if (rest !== "") out.push(`<p class="context">${escapeHtml(rest)}</p>`);
  return out;
}

function passageHtml(passage: Passage): string {
  const dated =
    passage.dateLabel === undefined
      ? ""
      : ` <span class="date">(${escapeHtml(passage.dateLabel)}${
          passage.dateNote === undefined ? "" : ` — ${escapeHtml(passage.dateNote)}`
        })</span>`;
  return `<p class="passage" id="${escapeHtml(passage.id)}">${escapeHtml(passage.text)}${dated}</p>`;
}
