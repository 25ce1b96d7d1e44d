/**
 * The Block Kit subset ct-bot sends, and builders that respect Slack's limits. These shapes
 * are structurally Bolt's block types, so messages built here go straight to `respond` and
 * `views.publish`.
 */
import { clipText } from "../../../src/replies/clip-text.js";
import { SLACK_BUTTON_TEXT_MAX, SLACK_HEADER_TEXT_MAX } from "./limits.js";

/** Text shown as typed. */
export interface PlainText {
  type: "plain_text";
  text: string;
}

/**
 * mrkdwn text. `verbatim` stops Slack from turning bare `@here`, channel names and URLs into
 * mentions and links: only markup we wrote ourselves is acted on.
 */
export interface MrkdwnText {
  type: "mrkdwn";
  text: string;
  verbatim: true;
}

/** A button. */
export interface ButtonElement {
  type: "button";
  text: PlainText;
  action_id: string;
  value: string;
  style?: "primary";
}

/** A header block (plain text, bold and large). */
export interface HeaderBlock {
  type: "header";
  text: PlainText;
}

/** A section block: mrkdwn text, with an optional button beside it. */
export interface SectionBlock {
  type: "section";
  text: MrkdwnText;
  accessory?: ButtonElement;
}

/** A context block: small grey text. */
export interface ContextBlock {
  type: "context";
  elements: MrkdwnText[];
}

/** A row of buttons. */
export interface ActionsBlock {
  type: "actions";
  elements: ButtonElement[];
}

/** A horizontal rule. */
export interface DividerBlock {
  type: "divider";
}

/** Any block ct-bot sends. */
export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock | DividerBlock;

/** A message: blocks plus the top-level `text` fallback for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** mrkdwn text the caller has already escaped. */
export function mrkdwn(text: string): MrkdwnText {
  return { type: "mrkdwn", text, verbatim: true };
}

/** A header; the title is cut to Slack's header limit, and never empty. */
export function headerBlock(title: string): HeaderBlock {
  const text = clipText(title.trim(), SLACK_HEADER_TEXT_MAX);
  return { type: "header", text: { type: "plain_text", text: text === "" ? "ct-bot" : text } };
}

/** A section of escaped mrkdwn (at most SLACK_SECTION_TEXT_MAX characters: the caller fits it). */
export function sectionBlock(text: string, accessory?: ButtonElement): SectionBlock {
  return accessory
    ? { type: "section", text: mrkdwn(text), accessory }
    : { type: "section", text: mrkdwn(text) };
}

/** A context block with one element of escaped mrkdwn (the caller fits it). */
export function contextBlock(text: string): ContextBlock {
  return { type: "context", elements: [mrkdwn(text)] };
}

/**
 * A button; the label is cut to Slack's limit. `actionId` and `value` must already fit. The
 * payload encoder may cut a long one-word query inside a surrogate pair; the lone half is
 * replaced (same length) so the message stays valid UTF-8.
 */
export function buttonElement(
  label: string,
  actionId: string,
  value: string,
  primary = false,
): ButtonElement {
  const text = clipText(label.trim(), SLACK_BUTTON_TEXT_MAX);
  const button: ButtonElement = {
    type: "button",
    text: { type: "plain_text", text: text === "" ? "Open" : text },
    action_id: actionId,
    value: value.toWellFormed(),
  };
  if (primary) button.style = "primary";
  return button;
}

/** The size of `blocks` as counted against SLACK_MESSAGE_BUDGET: their JSON length. */
export function blocksSize(blocks: readonly SlackBlock[]): number {
  return JSON.stringify(blocks).length;
}
