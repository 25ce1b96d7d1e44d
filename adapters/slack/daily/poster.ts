/**
 * The Slack {@link DailyPoster}: how the scheduler posts each channel's daily fact card, and
 * how any card (a daily fact, a confirmation) is posted as the bot: rendered like every other
 * answer, one attempt, the outcome as a {@link SendResult}, never a throw.
 */
import type { webApi } from "@slack/bolt";
import type { DailyPoster, SendResult } from "../../../src/daily/port.js";
import type { Reply } from "../../../src/replies/reply.js";
import { renderBlocks } from "../render/blocks.js";
import { SLACK_DAILY_POSTS_PER_SECOND } from "../render/limits.js";
import type { TokenSource } from "../transport/installations.js";
import { sendResultOf } from "./send-result.js";

/** What the poster is built from. */
export interface SlackPosterOptions {
  /** A client from createDailyWebClient: no retries of its own. */
  client: webApi.WebClient;
  tokenFor: TokenSource;
}

const NOT_INSTALLED: SendResult = {
  kind: "permanent",
  reason: "not_installed",
  fix: "install ct-bot in this workspace again",
};

/**
 * Creates the poster.
 *
 * @example
 * const poster = createSlackPoster({ client, tokenFor: singleWorkspaceTokens(botToken) });
 * createScheduler({ store, content, clock, posters: [poster], logger });
 */
export function createSlackPoster(options: SlackPosterOptions): DailyPoster {
  const { client, tokenFor } = options;
  return {
    platform: "slack",
    rateLimit: { requests: SLACK_DAILY_POSTS_PER_SECOND, perMs: 1000 },
    // The delivery key goes unused: chat.postMessage has no idempotency key, which is why a
    // send whose outcome is unknown (a timeout) is reported as such and never retried.
    async post(target, card) {
      let token: string | undefined;
      try {
        token = await tokenFor(target.workspaceId);
      } catch (error) {
        // Looking the token up failed before anything was sent (an installation store
        // hiccup): safe to retry.
        return { kind: "transient", error: error instanceof Error ? error.name : "token lookup" };
      }
      if (token === undefined) return NOT_INSTALLED;
      return postCard(client, token, target.channelId, card);
    },
  };
}

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
