/**
 * Renders a {@link Reply} as a Slack message: a header, the body (excerpts with citations,
 * list entries), then buttons; within every Block Kit limit and the message budget for any
 * reply. Pure, so slash command answers, shared posts and daily posts all use it.
 */

import { createTranslator } from "../../../src/i18n/translator.js";
import { clipRange, clipText } from "../../../src/replies/clip-text.js";
import type { Reply } from "../../../src/replies/reply.js";
import {
  blocksSize,
  contextBlock,
  headerBlock,
  type SlackBlock,
  type SlackMessage,
} from "./block-kit.js";
import { type BodyPiece, bodyPieces } from "./body.js";
import { renderButtons } from "./buttons.js";
import { SLACK_BLOCKS_MAX, SLACK_MESSAGE_BUDGET, SLACK_SECTION_TEXT_MAX } from "./limits.js";
import { escapeMrkdwn, mentionOf } from "./mrkdwn.js";

/** How a reply is being posted. */
export interface RenderOptions {
  /** The Slack user id of the person who shared it publicly, for the "Shared by" line. */
  sharedBy?: string;
}

/** Shown (in English; in the reply's language: `slack.shortened`) when the budget ran out before the end of the body. */
export const SHORTENED_NOTE = createTranslator("en").t("slack.shortened");

/** Plain characters of the reply's opening kept in the fallback `text` (escaped, well under 4000). */
export const FALLBACK_SUMMARY_MAX = 500;

/** Sections are not shortened below this: a stub of an excerpt helps nobody. */
const SHRINK_MIN = 200;

/**
 * The Slack message for `reply`.
 *
 * @example
 * const { text, blocks } = renderBlocks(await bot.ask("principles"));
 * await respond({ response_type: "ephemeral", text, blocks });
 */
export function renderBlocks(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const { t } = createTranslator(reply.language);
  const shared = options.sharedBy !== undefined;
  const top: SlackBlock[] = [headerBlock(reply.title)];
  if (options.sharedBy !== undefined) {
    top.push(
      contextBlock(t("reply.sharedBy", { user: mentionOf(clipText(options.sharedBy, 100)) })),
    );
  }
  const buttons = renderButtons(reply, { shared });
  const blocks = fitBody(
    top,
    bodyPieces(reply, buttons.accessories),
    buttons.blocks,
    t("slack.shortened"),
  );
  return { text: fallbackText(reply), blocks };
}

/**
 * `top`, as much of the body as fits the block count and the budget, then `bottom`. When the
 * body does not fit, the first block that does not is shortened if it can be, and a note says so.
 */
function fitBody(
  top: readonly SlackBlock[],
  pieces: Iterable<BodyPiece>,
  bottom: readonly SlackBlock[],
  shortenedNote: string,
): SlackBlock[] {
  const note = contextBlock(escapeMrkdwn(shortenedNote));
  let room = SLACK_MESSAGE_BUDGET - blocksSize([...top, ...bottom, note]);
  let slots = SLACK_BLOCKS_MAX - top.length - bottom.length - 1;
  const body: SlackBlock[] = [];
  let shortened = false;
  for (const piece of pieces) {
    // Each block added costs its JSON plus a comma.
    const size = blocksSize([piece.block]) + 1;
    if (slots > 0 && size <= room) {
      body.push(piece.block);
      room -= size;
      slots--;
      continue;
    }
    shortened = true;
    const smaller = slots > 0 ? shrinkToFit(piece, room) : undefined;
    if (smaller) body.push(smaller);
    break;
  }
  return [...top, ...body, ...(shortened ? [note] : []), ...bottom];
}

/** The piece shortened until its JSON fits in `room`, or undefined. */
function shrinkToFit(piece: BodyPiece, room: number): SlackBlock | undefined {
  if (!piece.shrink) return undefined;
  // JSON escaping can make text longer than it looks, so shrink until the measured size fits.
  const start = Math.min(room - 200, SLACK_SECTION_TEXT_MAX);
  for (let max = start; max >= SHRINK_MIN; max = Math.floor(max * 0.7)) {
    const block = piece.shrink(max);
    if (block && blocksSize([block]) + 1 <= room) return block;
  }
  return undefined;
}

/** The notification text: the title and the start of the answer, escaped. */
function fallbackText(reply: Reply): string {
  const title = reply.title.trim() === "" ? "ct-bot" : reply.title.trim();
  const lead = (reply.items[0]?.text ?? reply.intro[0] ?? "").trim();
  const plain = lead === "" ? title : `${title}: ${lead}`;
  const text = clipRange(plain, 0, plain.length, FALLBACK_SUMMARY_MAX, (s, e) => plain.slice(s, e));
  return escapeMrkdwn(text === "" ? "ct-bot" : text);
}
