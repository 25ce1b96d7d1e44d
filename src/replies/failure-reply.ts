/**
 * Replies the adapters make when the core cannot answer: the apology for a failure on our
 * side (short, with a reference id that is also in the log, nothing about the failure
 * itself), and the notice for a button whose payload cannot be read.
 */
import { randomBytes } from "node:crypto";
import type { Reply } from "./reply.js";

/** The apology reply for a failure logged under `reference`. */
export function failureReply(reference: string, invocation: string): Reply {
  return {
    kind: "error",
    title: "Sorry, something went wrong",
    intro: [`That did not work on our side. If it keeps happening, quote reference ${reference}.`],
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation,
    reference,
  };
}

/** A short id tying the apology a person sees to the log line written with it. */
export function newReference(): string {
  return randomBytes(4).toString("hex");
}

/** The answer to a button whose payload ct-bot cannot read (another app's, or an old format). */
export function staleButtonReply(): Reply {
  return {
    kind: "notice",
    title: "This button no longer works",
    intro: ["Run the command again to get fresh buttons."],
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation: "help",
  };
}

/**
 * True when `reply` may be posted in the channel: the core offered a Share action for it
 * (see Answer.shareable). Decided when a share button is clicked, from the answer the command
 * gives the clicker now, never from the button.
 */
export function isShareable(reply: Reply): boolean {
  return reply.actions.some((action) => action.type === "share");
}

/** The private answer to a share click on an answer that may not be posted in the channel. */
export function notShareableReply(invocation: string): Reply {
  return {
    kind: "notice",
    title: "This answer cannot be shared",
    intro: [
      "Only answers quoting the document can be posted in the channel; this one stays private.",
    ],
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation,
  };
}
