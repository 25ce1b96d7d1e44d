/**
 * Button payloads. A button carries everything needed to answer its click (the command text
 * and the page), so buttons keep working after a restart and on any replica.
 *
 * Format: `ct1:<verb>:<page>:<command text>`, verbs `s` (share this page publicly) and
 * `p` (show this page).
 */
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
  const head = `${PREFIX}:${verb}:${page}:`;
  return head + cutToFit(invocation, maxLength - head.length);
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

function payloadParts(reply: Reply, action: ReplyAction): [string, number, string] {
  switch (action.type) {
    case "share":
      return ["s", reply.page.number, reply.invocation];
    case "page":
      return ["p", action.page, reply.invocation];
    case "open":
      return ["p", 1, `passage ${action.passageId}`];
    case "related":
      return ["p", 1, `related ${action.passageId}`];
  }
}

function cutToFit(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.lastIndexOf(" ", room);
  return text.slice(0, cut > 0 ? cut : room);
}
