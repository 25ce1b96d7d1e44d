/**
 * Posts a card (a daily fact, a confirmation) in a channel as the bot, and reports the
 * outcome as a {@link SendResult}: one attempt, never a throw.
 */
import type { webApi } from "@slack/bolt";
import type { SendResult } from "../../../src/daily/port.js";
import type { Reply } from "../../../src/replies/reply.js";
import { renderBlocks } from "../render/blocks.js";
import { sendResultOf } from "./send-result.js";

/**
 * Posts `card` in `channel` with `token`, rendered like every other answer.
 *
 * @example
 * const result = await postCard(client, token, "C0123", factCard(content, fact));
 * if (result.kind === "permanent") console.log(result.fix);
 */
export async function postCard(
  client: webApi.WebClient,
  token: string,
  channel: string,
  card: Reply,
): Promise<SendResult> {
  try {
    const { text, blocks } = renderBlocks(card);
    const result = await client.chat.postMessage({
      token,
      channel,
      text,
      blocks,
      // Citations carry links: a preview of the source under every post is noise.
      unfurl_links: false,
      unfurl_media: false,
    });
    return { kind: "sent", messageId: result.ts ?? null };
  } catch (error) {
    return sendResultOf(error);
  }
}
