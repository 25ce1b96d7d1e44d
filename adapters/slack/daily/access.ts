/**
 * `/ct daily` checks for one Slack request: which channel it is about, who may manage its
 * daily posts, whether the bot can post there, and the confirmation card. Lazy: building it
 * calls nothing; Slack is asked only when the daily service needs an answer.
 */
import type { webApi } from "@slack/bolt";
import type { Caller } from "../../../src/commands/command.js";
import type { Subscription } from "../../../src/daily/daily-store.js";
import type { ChannelTarget, DailyAccess, Permission } from "../../../src/daily/port.js";
import { SlackAdapterError } from "../errors.js";
import type { TokenSource } from "../transport/tokens.js";
import { checkChannel } from "./check-channel.js";
import { postCard } from "./post-card.js";
import { slackErrorCodeOf } from "./send-result.js";

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
      return { ok: false, who: whoMay(deps.dailyAdmins.length > 0, subscription, admin) };
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

/** Who may do it, for "Only … can …". */
function whoMay(
  listed: boolean,
  subscription: Subscription | undefined,
  adminKnown: boolean | undefined,
): string {
  const people = [
    adminKnown === undefined
      ? "workspace admins and owners (ct-bot cannot tell who they are until the app is updated with the users:read scope and reinstalled)"
      : "workspace admins and owners",
  ];
  if (listed) people.push("the people listed in the bot's CT_DAILY_ADMINS setting");
  if (subscription?.active) people.push("the person who turned them on here");
  return new Intl.ListFormat("en", { type: "conjunction" }).format(people);
}
