/**
 * Button payloads. A button carries everything needed to answer its click (the command text
 * and the page), so buttons keep working after a restart and on any replica.
 *
 * Format: `ct1:<verb>:<page>:<command text>`, verbs `s` (share this page publicly) and
 * `p` (show this page).
 */
import { graphemePrefix } from "../input/graphemes.js";
import type { Reply, ReplyAction } from "./reply.js";

/** What a click asks for: show a page of a command's answer, privately or in the channel. */
export interface ActionRequest {
  /** "show" replaces or answers privately; "share" posts publicly. */
  verb: "show" | "share";
  /** Command text, e.g. `partners India`. */
  invocation: string;
  page: number;
}

const PREFIX = "ct1";

/**
 * The payload for `action` on `reply`, at most `maxLength` characters. When the command text
 * does not fit, it is cut at a word boundary (a long search query loses its last words).
 *
 * @example
 * encodeAction(reply, { type: "page", page: 2, label: "More" }, 100) // "ct1:p:2:search financing"
 */
export function encodeAction(reply: Reply, action: ReplyAction, maxLength: number): string {
  const [verb, page, invocation] = payloadParts(reply, action);
  return encodeRequest({ verb, page, invocation }, maxLength);
}

/**
 * The payload that runs `request` when clicked, at most `maxLength` characters; for buttons
 * that are not a reply's action, such as "did you mean" suggestions.
 *
 * @example
 * encodeRequest({ verb: "show", invocation: "partners India", page: 1 }, 100) // "ct1:p:1:partners India"
 */
export function encodeRequest(request: ActionRequest, maxLength: number): string {
  const head = `${PREFIX}:${request.verb === "share" ? "s" : "p"}:${request.page}:`;
  return head + cutToFit(request.invocation, maxLength - head.length);
}

/** Reads a payload made by {@link encodeAction}; undefined for anything else. */
export function decodeAction(payload: string): ActionRequest | undefined {
  const match = /^ct1:([sp]):(\d{1,4}):(.*)$/su.exec(payload);
  if (!match) return undefined;
  const [, verb, page, invocation] = match;
  if (invocation === undefined || invocation === "") return undefined;
  return { verb: verb === "s" ? "share" : "show", page: Number(page), invocation };
}

/** A short, stable id for an action within one message (Slack action_id, Discord custom_id suffix). */
export function actionKey(action: ReplyAction): string {
  switch (action.type) {
    case "share":
      return "share";
    case "page":
      return `page-${action.page}`;
    case "open":
      return `open-${action.passageId}`;
    case "related":
      return `related-${action.passageId}`;
  }
}

function payloadParts(reply: Reply, action: ReplyAction): [ActionRequest["verb"], number, string] {
  switch (action.type) {
    case "share":
      return ["share", reply.page.number, reply.invocation];
    case "page":
      return ["show", action.page, reply.invocation];
    case "open":
      return ["show", 1, `passage ${action.passageId}`];
    case "related":
      return ["show", 1, `related ${action.passageId}`];
  }
}

/** Cuts `text` to `room` characters at a word boundary, never inside a surrogate pair. */
function cutToFit(text: string, room: number): string {
  if (text.length <= room) return text;
  const space = text.lastIndexOf(" ", room);
  return graphemePrefix(text, space > 0 ? space : room);
}
