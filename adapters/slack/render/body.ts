/**
 * The body of a reply as Block Kit: the intro, one section per excerpt (several when an
 * excerpt is longer than a section holds) with its citation, list entries and the page line.
 * Each block comes with a way to shorten it, used only when the message budget runs out.
 */
import { createTranslator, type Translator } from "../../../src/i18n/translator.js";
import {
  clipRange,
  clipText,
  ELLIPSIS,
  groupLines,
  type RenderRange,
  splitRanges,
} from "../../../src/replies/clip-text.js";
import type { Reply, ReplyEntry, ReplyItem } from "../../../src/replies/reply.js";
import { type ButtonElement, contextBlock, type SlackBlock, sectionBlock } from "./block-kit.js";
import { SLACK_CONTEXT_TEXT_MAX, SLACK_SECTION_TEXT_MAX } from "./limits.js";
import { escapeMrkdwn, linkUrl, markedMrkdwn } from "./mrkdwn.js";

/** A body block, and how to shorten it when the message budget runs out. */
export interface BodyPiece {
  block: SlackBlock;
  /** The block with its text cut to at most `max` characters; undefined when that is too short. */
  shrink?: (max: number) => SlackBlock | undefined;
}

/** Our headlines (facts) are one line; longer ones are cut. */
const HEADLINE_MAX = 300;
/** A list label is a name or a command; longer ones are cut so the detail still shows. */
const LABEL_MAX = 300;

/**
 * The body blocks of `reply`, in reading order. Search results show their snippet when they
 * have a "Read in full" button (`accessories`), else excerpts are shown whole. Lazy, so a
 * reply far bigger than a message costs only what is shown.
 */
export function* bodyPieces(
  reply: Reply,
  accessories: ReadonlyMap<string, ButtonElement>,
): Generator<BodyPiece> {
  const { t } = createTranslator(reply.language);
  const intro = reply.intro.join("\n");
  yield* textPieces(intro, 0, intro.length, (s, e) => escapeMrkdwn(intro.slice(s, e)));
  for (const item of reply.items) yield* itemPieces(item, accessories.get(item.passageId), t);
  yield* entryPieces(reply.entries);
  if (reply.page.count > 1) {
    yield {
      block: contextBlock(t("slack.page", { number: reply.page.number, count: reply.page.count })),
    };
  }
}

/** Sections for `text[start, end)`, split to fit; the first gets `prefix` and `accessory`. */
function* textPieces(
  text: string,
  start: number,
  end: number,
  render: RenderRange,
  prefix = "",
  suffix = "",
  accessory?: ButtonElement,
): Generator<BodyPiece> {
  const room = SLACK_SECTION_TEXT_MAX - prefix.length - suffix.length;
  let first = true;
  for (const [s, e] of splitRanges(text, start, end, room, render)) {
    const head = first ? prefix : "";
    const tail = text.slice(e, end).trim() === "" ? suffix : "";
    const button = first ? accessory : undefined;
    first = false;
    yield {
      block: sectionBlock(head + render(s, e) + tail, button),
      shrink: (max: number) => {
        const body = clipRange(text, s, e, max - head.length - tail.length, render);
        return body === "" ? undefined : sectionBlock(head + body + tail, button);
      },
    };
  }
  const alone = `${prefix}${suffix}`.trim();
  if (first && alone !== "") yield { block: sectionBlock(alone, accessory) };
}

/** An excerpt (or its snippet) with its matched terms in bold, then its citation. */
function* itemPieces(
  item: ReplyItem,
  accessory: ButtonElement | undefined,
  t: Translator["t"],
): Generator<BodyPiece> {
  const { text } = item;
  const window = accessory && item.snippet ? item.snippet : { start: 0, end: text.length };
  const start = Math.min(Math.max(0, window.start), text.length);
  const end = Math.min(Math.max(start, window.end), text.length);
  const headline = item.headline
    ? `*${escapeMrkdwn(clipText(item.headline.trim(), HEADLINE_MAX))}*\n`
    : "";
  const lead = start > 0 ? ELLIPSIS : "";
  const trail = end < text.length ? ELLIPSIS : "";
  const render: RenderRange = (s, e) => markedMrkdwn(text, item.marks, s, e);
  yield* textPieces(text, start, end, render, headline + lead, trail, accessory);
  yield { block: contextBlock(citationLine(item, t)) };
}

/** "Section · Document · Publisher · Date", without repeating a section named like its document. */
function citationLine(item: ReplyItem, t: Translator["t"]): string {
  const { section, title, publisher, date, dateNote } = item.citation;
  const parts = [section, title === section ? "" : title, publisher, date]
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const note = dateNote?.trim() ? ` — ${dateNote.trim()}` : "";
  const line =
    parts.length > 0
      ? t("slack.source", { source: `${parts.join(" · ")}${note}` })
      : t("slack.sourceUnknown");
  // With a url, the whole line links to the passage in context: `<url|text>`.
  const url = item.citation.url === undefined ? undefined : linkUrl(item.citation.url);
  const room = SLACK_CONTEXT_TEXT_MAX - (url === undefined ? 0 : url.length + 3);
  const linked = url !== undefined && room >= LINK_TEXT_MIN;
  const text = clipRange(line, 0, line.length, linked ? room : SLACK_CONTEXT_TEXT_MAX, (s, e) =>
    escapeMrkdwn(line.slice(s, e)),
  );
  return linked ? `<${url}|${text}>` : text;
}

/** Below this much room for the text, a citation is shown without its link (the text matters more). */
const LINK_TEXT_MIN = 200;

/** List rows as `*label* — detail` lines, grouped into as few sections as fit. */
function entryPieces(entries: readonly ReplyEntry[]): BodyPiece[] {
  const lines = entries.map(entryLine).filter((line) => line !== "");
  const groups = groupLines(lines, SLACK_SECTION_TEXT_MAX);
  return groups.map((group) => ({
    block: sectionBlock(group.join("\n")),
    shrink: (max: number) => {
      const kept: string[] = [];
      let length = 0;
      for (const line of group) {
        if (length + line.length + 1 > max) break;
        kept.push(line);
        length += line.length + 1;
      }
      return kept.length === 0 ? undefined : sectionBlock(kept.join("\n"));
    },
  }));
}

/** One entry as mrkdwn, within a section's limit. */
function entryLine(entry: ReplyEntry): string {
  const label = clipText(entry.label.trim(), LABEL_MAX);
  const head = label === "" ? "" : `*${escapeMrkdwn(label)}*`;
  const detail = entry.detail.trim();
  if (detail === "") return head;
  const separator = head === "" ? "" : " — ";
  const room = SLACK_SECTION_TEXT_MAX - head.length - separator.length;
  const body = clipRange(detail, 0, detail.length, room, (s, e) =>
    escapeMrkdwn(detail.slice(s, e)),
  );
  return `${head}${separator}${body}`;
}
