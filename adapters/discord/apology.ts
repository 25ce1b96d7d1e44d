/**
 * The replies the adapter makes itself, when the core cannot answer: an apology with a
 * reference id when a handler fails, and a notice for a button it cannot read.
 */
import { randomBytes } from "node:crypto";
import { failureReply } from "../../src/replies/failure-reply.js";
import type { Reply } from "../../src/replies/reply.js";

/** A short id that ties the apology a person sees to the log line written with it. */
export function newReference(): string {
  return randomBytes(4).toString("hex");
}

/** The apology shown when answering failed, quoting `reference`. */
export function apologyReply(reference: string): Reply {
  // The core's wording, so a failure reads the same whichever layer caught it.
  return failureReply(reference, "help");
}

/** The answer to a button whose payload ct-bot cannot read (another app's, or a future format). */
export function unknownButtonReply(): Reply {
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
