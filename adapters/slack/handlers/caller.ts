/**
 * Who is asking, from a Slack payload, as the core's {@link Caller}.
 */
import type { BlockAction, SlashCommand } from "@slack/bolt";
import type { Caller } from "../../../src/commands/command.js";

/** The caller of a slash command. */
export function callerFromCommand(command: SlashCommand): Caller {
  return callerOf(
    command.user_id,
    command.user_name,
    command.channel_id,
    command.channel_name,
    command.team_id,
  );
}

/** The person who clicked a button. */
export function callerFromAction(body: BlockAction): Caller {
  return callerOf(
    body.user.id,
    body.user.username ?? body.user.name,
    body.channel?.id,
    body.channel?.name,
    body.team?.id ?? body.user.team_id,
  );
}

function callerOf(
  userId: string,
  userName: string | undefined,
  channelId: string | undefined,
  channelName: string | undefined,
  workspaceId: string | undefined,
): Caller {
  const caller: Caller = { platform: "slack", userId };
  if (userName) caller.userName = userName;
  if (channelId) {
    caller.channelId = channelId;
    // Direct-message conversation ids start with D; Slack also names them "directmessage".
    caller.isDirectMessage = channelId.startsWith("D") || channelName === "directmessage";
  }
  if (workspaceId) caller.workspaceId = workspaceId;
  return caller;
}
