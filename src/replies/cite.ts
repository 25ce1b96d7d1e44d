/**
 * Turns passages and facts into cited reply items.
 */
import type { Content, Fact, Passage, Source } from "../content/types.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import type { Mark } from "../search/highlight.js";
import type { Citation, ReplyItem } from "./reply.js";
import { headlineIn } from "./text-in.js";

/** Passages longer than this get a snippet for compact views. */
export const SNIPPET_MAX = 220;

/** The citation of a passage. */
export function citationOf(content: Content, passage: Passage): Citation {
  const source = content.sourceById.get(passage.sourceId);
  const citation: Citation = {
    sourceId: passage.sourceId,
    title: source?.title ?? passage.sourceId,
    publisher: source?.publisher ?? "",
    section: passage.section,
    date: passage.dateLabel ?? source?.dateLabel ?? "",
    passageId: passage.id,
  };
  if (passage.dateNote !== undefined) citation.dateNote = passage.dateNote;
  const url = citationUrl(source, passage.id);
  if (url !== undefined) citation.url = url;
  return citation;
}

/**
 * Where a citation links: the passage on the source's page when the bot serves pages
 * (PUBLIC_URL set), else the source's original http(s) address, else nowhere.
 */
export function citationUrl(source: Source | undefined, passageId: string): string | undefined {
  if (source?.pageUrl !== undefined) return `${source.pageUrl}#${encodeURIComponent(passageId)}`;
  if (source?.url === undefined || !URL.canParse(source.url)) return undefined;
  // Parsed again so what links is a well-formed address (`<` and `>` percent-encoded).
  const url = new URL(source.url);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

/** A reply item quoting `passage` whole, with `marks` emphasised. */
export function passageItem(content: Content, passage: Passage, marks: Mark[] = []): ReplyItem {
  const item: ReplyItem = {
    passageId: passage.id,
    text: passage.text,
    citation: citationOf(content, passage),
    marks,
  };
  const snippet = snippetWindow(passage.text, marks);
  if (snippet) item.snippet = snippet;
  return item;
}

/**
 * A reply item quoting a fact, with our headline in `language` (the quote stays verbatim); the
 * citation is its passage's.
 */
export function factItem(
  content: Content,
  fact: Fact,
  language: Language = DEFAULT_LANGUAGE,
): ReplyItem | undefined {
  const passage = content.passageById.get(fact.passageId);
  if (passage === undefined) return undefined;
  return {
    passageId: passage.id,
    text: fact.quote,
    citation: citationOf(content, passage),
    marks: [],
    headline: headlineIn(fact, language),
  };
}

/** A window of at most {@link SNIPPET_MAX} characters around the first mark, on word boundaries. */
export function snippetWindow(
  text: string,
  marks: readonly Mark[],
): { start: number; end: number } | undefined {
  if (text.length <= SNIPPET_MAX) return undefined;
  const focus = marks[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(focus - Math.floor(SNIPPET_MAX / 3), text.length - SNIPPET_MAX));
  let end = Math.min(text.length, start + SNIPPET_MAX);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space < 0 || space >= focus ? start : space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  return { start, end };
}

/**
 * A citation as one line of plain text, the same in every renderer: "Title › section.
 * Publisher, date." (the section is left out when it is the title), then the date's note
 * when the passage is dated apart from its document.
 */
export function citationText(item: Pick<ReplyItem, "citation">): string {
  const { title, section, publisher, date, dateNote } = item.citation;
  const where = section === title ? title : `${title} › ${section}`;
  const note = dateNote === undefined ? "" : ` ${dateNote}`;
  return `${where}. ${publisher}, ${date}.${note}`;
}
