/**
 * Whether the bot can post daily facts in a channel, checked when `/ct daily on` runs so a
 * problem shows today rather than at tomorrow's post: a member may post; a public channel
 * is joined (conversations.join); a private one needs an invitation.
 */
import type { webApi } from "@slack/bolt";
import type { ChannelCheck } from "../../../src/daily/port.js";
import { SlackAdapterError } from "../errors.js";
import { INVITE_FIX, slackErrorCodeOf } from "./send-result.js";

const OK: ChannelCheck = { ok: true };

const PRIVATE_WITHOUT_BOT: ChannelCheck = {
  ok: false,
  problem: "This is a private channel and ct-bot has not been invited to it.",
  fix: INVITE_FIX,
};

/**
 * Checks `channel` with `token`, joining it when it is public and the bot is not in it yet.
 * Throws {@link SlackAdapterError} (`slack_daily_lookup_failed`) when Slack cannot be asked.
 */
export async function checkChannel(
  client: webApi.WebClient,
  token: string,
  channel: string,
): Promise<ChannelCheck> {
  let info: webApi.ConversationsInfoResponse["channel"];
  try {
    info = (await client.conversations.info({ token, channel })).channel;
  } catch (error) {
    const code = slackErrorCodeOf(error);
    // A bot cannot see a private channel it is not in: Slack says it does not exist.
    if (code === "channel_not_found") return PRIVATE_WITHOUT_BOT;
    if (code === "missing_scope") {
      return {
        ok: false,
        problem: "ct-bot is not allowed to look at this conversation (Slack said missing_scope).",
        fix: "run daily on in a channel, or reinstall ct-bot with the manifest from `ct-bot slack manifest`",
      };
    }
    throw new SlackAdapterError(
      "slack_daily_lookup_failed",
      `conversations.info failed: ${code ?? "no answer"}`,
      { cause: error },
    );
  }
  if (info?.is_archived) {
    return { ok: false, problem: "This channel is archived.", fix: "unarchive the channel" };
  }
  if (info?.is_member) return OK;
  if (info?.is_private || info?.is_im || info?.is_mpim) return PRIVATE_WITHOUT_BOT;
  return join(client, token, channel);
}

/** Joins a public channel; Slack may refuse (workspace settings, Slack Connect, scopes). */
async function join(
  client: webApi.WebClient,
  token: string,
  channel: string,
): Promise<ChannelCheck> {
  try {
    await client.conversations.join({ token, channel });
    return OK;
  } catch (error) {
    const code = slackErrorCodeOf(error);
    if (code === undefined) {
      throw new SlackAdapterError("slack_daily_lookup_failed", "conversations.join failed", {
        cause: error,
      });
    }
    return {
      ok: false,
      problem: `ct-bot is not in this channel and could not join it (Slack said ${code}).`,
      fix: INVITE_FIX,
    };
  }
}
