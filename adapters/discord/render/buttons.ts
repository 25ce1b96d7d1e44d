/**
 * Renders a reply's actions and "did you mean" suggestions as rows of buttons. Each custom_id
 * is a payload from the core's encodeAction: it carries the command text and the page, so a
 * button still answers after a restart, or on another replica.
 */

import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { createTranslator, type Translator } from "../../../src/i18n/translator.js";
import { encodeAction, encodeRequest } from "../../../src/replies/action-payload.js";
import { clipText } from "../../../src/replies/clip-text.js";
import type { Reply, ReplyAction, Suggestion } from "../../../src/replies/reply.js";
import { ACTION_ROWS_MAX, BUTTON_LABEL_MAX, BUTTONS_PER_ROW_MAX, CUSTOM_ID_MAX } from "./limits.js";

/** The label of the button that posts an answer publicly. */
export const SHARE_LABEL = createTranslator("en").t("button.postToChannel");

/** Where the message goes: a public message has no "Post to channel" button. */
export interface ButtonOptions {
  visibility: "ephemeral" | "public";
}

/** The order buttons appear in: sharing and paging first, then per-passage, then suggestions. */
const ORDER: Readonly<Record<ReplyAction["type"], number>> = {
  share: 0,
  page: 1,
  related: 2,
  open: 3,
};

/**
 * Action rows for `reply`: at most {@link ACTION_ROWS_MAX} rows of
 * {@link BUTTONS_PER_ROW_MAX} buttons, custom_ids unique and at most {@link CUSTOM_ID_MAX}.
 *
 * @example
 * const components = renderButtons(reply, { visibility: "ephemeral" });
 */
export function renderButtons(
  reply: Reply,
  options: ButtonOptions,
): Array<APIActionRowComponent<APIButtonComponentWithCustomId>> {
  const { t } = createTranslator(reply.language);
  const openLabels = openButtonLabels(reply);
  const actions = reply.actions
    .filter((a) => !(a.type === "share" && options.visibility === "public"))
    .map((action, i) => ({ action, i }))
    .sort((a, b) => ORDER[a.action.type] - ORDER[b.action.type] || a.i - b.i)
    .map(({ action }) => actionButton(reply, action, openLabels, t));
  const buttons = [...actions, ...reply.suggestions.map(suggestionButton)];
  const seen = new Set<string>();
  // A long query cut to fit a custom_id can collide with another button's; keep the first.
  const unique = buttons
    .filter((b) => !seen.has(b.custom_id) && seen.add(b.custom_id))
    .slice(0, ACTION_ROWS_MAX * BUTTONS_PER_ROW_MAX);
  const rows: Array<APIActionRowComponent<APIButtonComponentWithCustomId>> = [];
  for (let at = 0; at < unique.length; at += BUTTONS_PER_ROW_MAX)
    rows.push({
      type: ComponentType.ActionRow,
      components: unique.slice(at, at + BUTTONS_PER_ROW_MAX),
    });
  return rows;
}

function actionButton(
  reply: Reply,
  action: ReplyAction,
  openLabels: ReadonlyMap<string, string>,
  t: Translator["t"],
): APIButtonComponentWithCustomId {
  const customId = encodeAction(reply, action, CUSTOM_ID_MAX);
  switch (action.type) {
    case "share":
      return button(customId, t("button.postToChannel"), ButtonStyle.Primary);
    case "page":
      return button(customId, action.label, ButtonStyle.Secondary);
    case "related":
      return button(customId, t("button.moreLikeThis"), ButtonStyle.Secondary);
    case "open":
      return button(
        customId,
        openLabels.get(action.passageId) ?? t("button.open", { text: action.passageId }),
        ButtonStyle.Secondary,
      );
  }
}

/**
 * "Open: <first words of the passage>" for each excerpt on the page, clipped to
 * {@link BUTTON_LABEL_MAX}. Passages of one section would all read "Open: <section>"; their
 * first words tell them apart. Two that still read the same get their place on the page.
 */
export function openButtonLabels(reply: Reply): Map<string, string> {
  const { t } = createTranslator(reply.language);
  const labels = new Map<string, string>();
  const used = new Set<string>();
  reply.items.forEach((item, i) => {
    if (labels.has(item.passageId)) return;
    let label = clipText(t("button.open", { text: item.text.trim() }), BUTTON_LABEL_MAX);
    if (used.has(label))
      label = clipText(
        t("button.openNumbered", { number: i + 1, text: item.text.trim() }),
        BUTTON_LABEL_MAX,
      );
    used.add(label);
    labels.set(item.passageId, label);
  });
  return labels;
}

/** A "did you mean" button: it shows page 1 of the suggested command, in place. */
function suggestionButton(suggestion: Suggestion): APIButtonComponentWithCustomId {
  const customId = encodeRequest(
    { verb: "show", page: 1, invocation: suggestion.command },
    CUSTOM_ID_MAX,
  );
  return button(customId, suggestion.label || suggestion.command, ButtonStyle.Secondary);
}

function button(
  customId: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
) {
  const text = clipText(label.trim(), BUTTON_LABEL_MAX);
  return {
    type: ComponentType.Button as const,
    style,
    custom_id: customId,
    label: text === "" ? "Open" : text,
  };
}
