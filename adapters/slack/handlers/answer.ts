/**
 * Who is asking (the core's Caller, from a Slack payload), and delivering the answer: asks the
 * bot and sends the rendered reply through a response_url. Never throws: when anything
 * fails, the person gets a short apology with a reference id, and the log gets the error
 * with the same id.
 */
import type { BlockAction, RespondArguments, SlashCommand } from "@slack/bolt";
import type { Caller } from "../../../src/commands/command.js";
import type { Bot } from "../../../src/commands/create-bot.js";
import type { DailyAccess } from "../../../src/daily/port.js";
import type { Language } from "../../../src/i18n/language.js";
import {
  failureReply,
  isShareable,
  newReference,
  notShareableReply,
} from "../../../src/replies/failure-reply.js";
import type { Reply } from "../../../src/replies/reply.js";
import type { Logger } from "../../../src/runtime/logger.js";
import { renderBlocks } from "../render/blocks.js";
import type { ResponseUrlPoster } from "../transport/response-url.js";
import type { SlackClient, UserLanguages } from "../transport/user-languages.js";

/** What answering needs. */
export interface AnswerDeps {
  bot: Bot;
  logger: Logger;
  /** Each person's language (their Slack locale, cached). */
  languages: UserLanguages;
  /** SLACK_DEFAULT_LANG: the language when Slack gives no locale ct-bot speaks. */
  defaultLanguage: Language;
  /** The `/ct daily` checks for a caller; without it, daily says it is not available. */
  dailyAccess?: (caller: Caller) => DailyAccess;
  /** Posts to response URLs; without it, answers go through Bolt's `respond`. */
  responseUrls?: ResponseUrlPoster;
}

/** What to ask. */
export interface AnswerRequest {
  /** Command text, e.g. `search financing`. */
  text: string;
  page: number;
  caller: Caller;
}

/** How to respond: privately (optionally replacing the clicked message) or publicly. */
export type ResponseMode =
  | { visibility: "private"; replaceOriginal?: boolean }
  | { visibility: "public"; sharedBy: string };

/** Sends one message back to Slack: Bolt's `respond`, or a {@link ResponseUrlPoster}'s post. */
export type Respond = (message: RespondArguments) => Promise<unknown>;

/**
 * Answers `request` through `respond`, in the language of the person asking (their locale,
 * looked up through `client` and cached; SLACK_DEFAULT_LANG when Slack gives none).
 */
export async function deliverAnswer(
  deps: AnswerDeps,
  request: AnswerRequest,
  mode: ResponseMode,
  respond: Respond,
  client: SlackClient,
): Promise<void> {
  let language = deps.defaultLanguage;
  try {
    const { caller } = request;
    language =
      caller.userId === undefined
        ? deps.defaultLanguage
        : await deps.languages.of(client, caller.workspaceId, caller.userId, deps.defaultLanguage);
    const asking = { ...caller, language };
    const reply = await deps.bot.ask(request.text, {
      caller: asking,
      page: request.page,
      // Lazy: nothing is asked of Slack unless the command is `daily`.
      ...(deps.dailyAccess ? { dailyAccess: deps.dailyAccess(asking) } : {}),
    });
    await respond(messageFor(reply, mode));
  } catch (error) {
    const reference = newReference();
    deps.logger.error(
      { err: error, reference, platform: "slack", invocation: request.text },
      "Slack answer failed",
    );
    const apology = renderBlocks(failureReply(reference, request.text, language));
    await respond({ response_type: "ephemeral", replace_original: false, ...apology }).catch(
      (failure: unknown) =>
        deps.logger.error({ err: failure, reference }, "could not deliver the apology to Slack"),
    );
  }
}

/**
 * The response for `reply`. Only an answer the core marks shareable is posted publicly; a
 * share click on anything else (an error, a refusal, a daily status or preview) is answered
 * privately with a notice, whatever the button said.
 */
function messageFor(reply: Reply, mode: ResponseMode): RespondArguments {
  if (mode.visibility === "public" && !isShareable(reply)) {
    return {
      response_type: "ephemeral",
      replace_original: false,
      ...renderBlocks(notShareableReply(reply.invocation, reply.language)),
    };
  }
  if (mode.visibility === "public") {
    return {
      response_type: "in_channel",
      replace_original: false,
      ...renderBlocks(reply, { sharedBy: mode.sharedBy }),
    };
  }
  // A slash command's response_url has no original to replace: say nothing about it then.
  const replace =
    mode.visibility === "private" && mode.replaceOriginal !== undefined
      ? { replace_original: mode.replaceOriginal }
      : {};
  return { response_type: "ephemeral", ...replace, ...renderBlocks(reply) };
}

/**
 * How to answer a request whose payload carried `responseUrl`: through the deps' poster when
 * there is one, else Bolt's `respond`.
 */
export function responderFor(
  deps: AnswerDeps,
  responseUrl: string | undefined,
  boltRespond: Respond,
): Respond {
  if (deps.responseUrls === undefined || typeof responseUrl !== "string") return boltRespond;
  return deps.responseUrls.to(responseUrl);
}

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
