/**
 * Bolt's listeners for what people do in Slack:
 * - `/ct <text>`: acknowledged at once (Slack allows 3 s), then answered through the
 *   command's response_url, privately (it works in channels the bot has not joined, which
 *   chat.postEphemeral does not);
 * - button clicks: the button's value says what to run, its action_id what kind of click it
 *   is, which decides the response (share: posted publicly with "Shared by"; page, suggest:
 *   replaces the message; open, related: a new private message);
 * - App Home: publishes the Home tab when someone opens it.
 */
import type { App, BlockAction } from "@slack/bolt";
import { ROOT_COMMAND } from "../../../src/commands/command.js";
import type { Language } from "../../../src/i18n/language.js";
import { decodeAction } from "../../../src/replies/action-payload.js";
import { staleButtonReply } from "../../../src/replies/failure-reply.js";
import { renderBlocks } from "../render/blocks.js";
import { actionKindOf, SLACK_ACTION_ID_PATTERN } from "../render/buttons.js";
import type { HomeView } from "../render/home.js";
import { unescapeSlackText } from "../render/mrkdwn.js";
import type { SlackClient } from "../transport/user-languages.js";
import {
  type AnswerDeps,
  callerFromAction,
  callerFromCommand,
  deliverAnswer,
  type Respond,
  type ResponseMode,
  responderFor,
} from "./answer.js";

/** Registers the `/ct` listener on `app`. */
export function handleCommand(app: App, deps: AnswerDeps): void {
  app.command(`/${ROOT_COMMAND}`, async ({ command, ack, respond, client }) => {
    await ack();
    await deliverAnswer(
      deps,
      { text: unescapeSlackText(command.text), page: 1, caller: callerFromCommand(command) },
      { visibility: "private" },
      responderFor(deps, command.response_url, respond),
      client,
    );
  });
}

/** Registers the listener for ct-bot's buttons on `app`. */
export function handleButton(app: App, deps: AnswerDeps): void {
  app.action<BlockAction>(
    { type: "block_actions", action_id: SLACK_ACTION_ID_PATTERN },
    async ({ ack, body, action, respond: boltRespond, client }) => {
      await ack();
      const respond = responderFor(deps, body.response_url, boltRespond);
      if (action.type !== "button") return;
      const kind = actionKindOf(action.action_id);
      const request = decodeAction(action.value ?? "");
      // The channel is Slack's (where the clicked message is), never the button's; a payload
      // whose channel and message container disagree is not one Slack built.
      const container = (body.container as { channel_id?: unknown } | undefined)?.channel_id;
      const inOtherChannel =
        typeof container === "string" &&
        body.channel?.id !== undefined &&
        container !== body.channel.id;
      if (kind === undefined || request === undefined || inOtherChannel) {
        await staleButton(respond, deps, client, body);
        return;
      }
      const mode: ResponseMode =
        kind === "share"
          ? { visibility: "public", sharedBy: body.user.id }
          : { visibility: "private", replaceOriginal: kind === "page" || kind === "suggest" };
      await deliverAnswer(
        deps,
        { text: request.invocation, page: request.page, caller: callerFromAction(body) },
        mode,
        respond,
        client,
      );
    },
  );
}

/** A button from an older version, or tampered with: say so privately. */
async function staleButton(
  respond: Respond,
  deps: AnswerDeps,
  client: SlackClient,
  body: BlockAction,
): Promise<void> {
  const language = await deps.languages.of(
    client,
    body.team?.id ?? body.user.team_id,
    body.user.id,
    deps.defaultLanguage,
  );
  const message = renderBlocks(staleButtonReply(language));
  await respond({ response_type: "ephemeral", replace_original: false, ...message }).catch(
    (error: unknown) => deps.logger.warn({ err: error }, "could not answer a stale Slack button"),
  );
}

/**
 * Registers the app_home_opened listener, publishing the Home tab in the person's language
 * (`viewFor` builds it, once per language).
 */
export function handleHome(
  app: App,
  viewFor: (language: Language) => HomeView,
  deps: Pick<AnswerDeps, "languages" | "defaultLanguage" | "logger">,
): void {
  const { logger } = deps;
  app.event("app_home_opened", async ({ event, client, context }) => {
    // The Messages tab opens the same event; only the Home tab needs a view.
    if (event.tab !== "home") return;
    try {
      const language = await deps.languages.of(
        client,
        context.teamId,
        event.user,
        deps.defaultLanguage,
      );
      await client.views.publish({ user_id: event.user, view: viewFor(language) });
    } catch (error) {
      logger.error({ err: error, platform: "slack" }, "could not publish the Home tab");
    }
  });
}
