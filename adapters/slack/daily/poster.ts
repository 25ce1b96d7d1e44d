/**
 * The Slack {@link DailyPoster}: how the scheduler posts each channel's daily fact card.
 */
import type { webApi } from "@slack/bolt";
import type { DailyPoster, SendResult } from "../../../src/daily/port.js";
import { SLACK_DAILY_POSTS_PER_SECOND } from "../render/limits.js";
import type { TokenSource } from "../transport/tokens.js";
import { postCard } from "./post-card.js";

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
