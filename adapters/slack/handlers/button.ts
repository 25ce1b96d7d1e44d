/**
 * Button clicks. The button's value says what to run (src/replies/action-payload.ts), its
 * action_id what kind of click it is, which decides the delivery:
 * - share: the same page again, posted publicly with "Shared by";
 * - page, suggest: replaces the message it was clicked in;
 * - open, related: a new private message, so the list stays where it was.
 */
import type { App, BlockAction, RespondFn } from "@slack/bolt";
import { decodeAction } from "../../../src/replies/action-payload.js";
import { staleButtonReply } from "../../../src/replies/failure-reply.js";
import { actionKindOf, SLACK_ACTION_ID_PATTERN } from "../render/action-ids.js";
import { renderBlocks } from "../render/blocks.js";
import { type AnswerDeps, type Delivery, deliverAnswer } from "./answer.js";
import { callerFromAction } from "./caller.js";

/** Registers the listener for ct-bot's buttons on `app`. */
export function handleButton(app: App, deps: AnswerDeps): void {
  app.action<BlockAction>(
    { type: "block_actions", action_id: SLACK_ACTION_ID_PATTERN },
    async ({ ack, body, action, respond }) => {
      await ack();
      if (action.type !== "button") return;
      const kind = actionKindOf(action.action_id);
      const request = decodeAction(action.value ?? "");
      if (kind === undefined || request === undefined) {
        await staleButton(respond, deps);
        return;
      }
      const delivery: Delivery =
        kind === "share"
          ? { visibility: "public", sharedBy: body.user.id }
          : { visibility: "private", replaceOriginal: kind === "page" || kind === "suggest" };
      await deliverAnswer(
        deps,
        { text: request.invocation, page: request.page, caller: callerFromAction(body) },
        delivery,
        respond,
      );
    },
  );
}

/** A button from an older version, or tampered with: say so privately. */
async function staleButton(respond: RespondFn, deps: AnswerDeps): Promise<void> {
  const message = renderBlocks(staleButtonReply());
  await respond({ response_type: "ephemeral", replace_original: false, ...message }).catch(
    (error: unknown) => deps.logger.warn({ err: error }, "could not answer a stale Slack button"),
  );
}
