/**
 * `/ct daily` checks for one Slack request: which channel it is about, who may manage its
 * daily posts, whether the bot can post there (a member may post; a public channel is joined
 * with conversations.join; a private one needs an invitation), and the confirmation card.
 * Lazy: building it calls nothing; Slack is asked only when the daily service needs an answer,
 * so a problem shows when `/ct daily on` runs rather than at tomorrow's post.
 */

import type { webApi } from "@slack/bolt";
import type { Caller } from "../../../src/commands/command.js";
import { formatExample } from "../../../src/commands/format-example.js";
import { COMMANDS } from "../../../src/commands/registry.js";
import type { Subscription } from "../../../src/daily/daily-store.js";
import type {
  ChannelCheck,
  ChannelTarget,
  DailyAccess,
  Permission,
} from "../../../src/daily/port.js";
import type { Language } from "../../../src/i18n/language.js";
import { createTranslator } from "../../../src/i18n/translator.js";
import { SlackAdapterError } from "../errors.js";
import type { TokenSource } from "../transport/installations.js";
import { postCard } from "./poster.js";
import { INVITE_FIX, slackErrorCodeOf } from "./send-result.js";

/** What the checks are built from; shared by every request. */
export interface SlackDailyAccessDeps {
  /** A client from createDailyWebClient. */
  client: webApi.WebClient;
  tokenFor: TokenSource;
  /** CT_DAILY_ADMINS: Slack user ids who may manage daily posts anywhere. */
  dailyAdmins: readonly string[];
}

const ALLOWED: Permission = { ok: true };

/**
 * The checks for a request from `caller`.
 *
 * @example
 * await bot.ask(text, { caller, dailyAccess: createSlackDailyAccess(caller, deps) });
 */
export function createSlackDailyAccess(caller: Caller, deps: SlackDailyAccessDeps): DailyAccess {
  const userId = caller.userId ?? "";
  const target = dailyTarget(caller);
  const token = async (): Promise<string> => {
    const found = target && (await deps.tokenFor(target.workspaceId));
    if (!found)
      throw new SlackAdapterError("slack_not_installed", "no bot token for this workspace");
    return found;
  };
  return {
    platform: "slack",
    target,
    userId,
    async canManage(subscription) {
      if (deps.dailyAdmins.includes(userId)) return ALLOWED;
      // The creator may change or stop daily posts they set up. Once they are off, turning
      // them on again is a new decision, for the same people who may start them.
      if (subscription?.active && subscription.createdBy === userId) return ALLOWED;
      const admin = await isWorkspaceAdmin(deps.client, await token(), userId);
      if (admin) return ALLOWED;
      return {
        ok: false,
        who: whoMay(deps.dailyAdmins.length > 0, subscription, admin, caller.language),
      };
    },
    async checkChannel() {
      return checkChannel(deps.client, await token(), target?.channelId ?? "");
    },
    async confirm(card) {
      return postCard(deps.client, await token(), target?.channelId ?? "", card);
    },
  };
}

/** The channel daily posts would go to; none in a direct message (or without a workspace). */
function dailyTarget(caller: Caller): ChannelTarget | undefined {
  const { channelId, workspaceId } = caller;
  if (caller.isDirectMessage || !channelId || !workspaceId) return undefined;
  return { workspaceId, channelId };
}

/**
 * Whether `userId` is a workspace admin or owner (users.info); undefined when the token
 * lacks users:read (an install from before daily posts, not yet updated).
 */
async function isWorkspaceAdmin(
  client: webApi.WebClient,
  token: string,
  userId: string,
): Promise<boolean | undefined> {
  try {
    const { user } = await client.users.info({ token, user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (error) {
    const code = slackErrorCodeOf(error);
    if (code === "missing_scope") return undefined;
    throw new SlackAdapterError(
      "slack_daily_lookup_failed",
      `users.info failed: ${code ?? "no answer"}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Who may do it, for "Only … can …": always the three kinds of people the README names, so
 * whoever is refused learns how to get access (CT_DAILY_ADMINS may still be empty).
 */
function whoMay(
  listed: boolean,
  subscription: Subscription | undefined,
  adminKnown: boolean | undefined,
  language: Language | undefined,
): string {
  const translator = createTranslator(language);
  const { t } = translator;
  const people = [
    adminKnown === undefined ? t("slack.who.adminsUnknown") : t("slack.who.admins"),
    listed ? t("slack.who.listed") : t("slack.who.listedNobody"),
    subscription?.active ? t("slack.who.creator") : t("slack.who.creatorLater"),
  ];
  return translator.list(people);
}

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
        fix: `run ${formatExample("daily on", "slack", COMMANDS)} in a channel, or reinstall ct-bot with the manifest from \`ct-bot slack manifest\``,
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
