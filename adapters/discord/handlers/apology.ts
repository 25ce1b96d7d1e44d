/**
 * The replies the adapter makes itself, when the core cannot answer: the core's apology with
 * a reference id, and its notice for a button it cannot read.
 */
import {
  failureReply,
  newReference,
  staleButtonReply,
} from "../../../src/replies/failure-reply.js";
import type { Reply } from "../../../src/replies/reply.js";

export { newReference };

/** The apology shown when answering failed, quoting `reference`. */
export function apologyReply(reference: string): Reply {
  // The core's wording, so a failure reads the same whichever layer caught it.
  return failureReply(reference, "help");
}

/** The answer to a button whose payload ct-bot cannot read (another app's, or a future format). */
export const unknownButtonReply = staleButtonReply;
