/**
 * `/ct <text>`: acknowledged at once (Slack allows 3 s), then answered through the command's
 * response_url, privately. The response_url works in channels the bot has not joined, which
 * chat.postEphemeral does not.
 */
import type { App } from "@slack/bolt";
import { ROOT_COMMAND } from "../../../src/commands/registry.js";
import { unescapeSlackText } from "../render/mrkdwn.js";
import { type AnswerDeps, deliverAnswer } from "./answer.js";
import { callerFromCommand } from "./caller.js";

/** Registers the `/ct` listener on `app`. */
export function handleCommand(app: App, deps: AnswerDeps): void {
  app.command(`/${ROOT_COMMAND}`, async ({ command, ack, respond }) => {
    await ack();
    await deliverAnswer(
      deps,
      { text: unescapeSlackText(command.text), page: 1, caller: callerFromCommand(command) },
      { visibility: "private" },
      respond,
    );
  });
}
