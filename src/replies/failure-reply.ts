/**
 * The apology a person gets when something fails on our side: short, with a reference id
 * that is also in the log, and nothing about the failure itself.
 */
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
