/**
 * A reply's actions and suggestions as Slack buttons: "Read in full" beside each search
 * result whose excerpt is shown cut (a snippet), and rows for sharing, "More like this", paging and "did you mean" suggestions. The
 * action_id says only what kind of click it is (unique within its message); what to run
 * travels in the button's value (src/replies/action-payload.ts).
 */
import { createTranslator, type Translator } from "../../../src/i18n/translator.js";
import { encodeAction, encodeRequest } from "../../../src/replies/action-payload.js";
import type { Reply, ReplyAction, Suggestion } from "../../../src/replies/reply.js";
import {
  type ActionsBlock,
  type ButtonElement,
  blocksSize,
  buttonElement,
  type SlackBlock,
  sectionBlock,
} from "./block-kit.js";
import { SLACK_ACTIONS_PER_BLOCK_MAX, SLACK_BUTTON_VALUE_MAX } from "./limits.js";

/** A reply's buttons, placed by the renderer. */
export interface ReplyButtons {
  /** "Read in full" buttons by passage id, to sit beside that item's first section. */
  accessories: Map<string, ButtonElement>;
  /** Blocks that follow the body: suggestions with their prompt, then the action row. */
  blocks: SlackBlock[];
}

/** Most JSON characters the button rows may take, leaving the rest of the budget to excerpts. */
export const BUTTON_ROWS_BUDGET = 4000;
/** Suggestions shown at most. */
export const SUGGESTIONS_MAX = 5;

/** A "Read in full" payload names one passage; ids are short. */
const ACCESSORY_VALUE_MAX = 300;
/** Value lengths tried in turn until the rows fit their budget (long search queries). */
const VALUE_CAPS = [SLACK_BUTTON_VALUE_MAX, 500, 200] as const;

/**
 * The buttons for `reply`. A shared (public) message gets no share or paging buttons: paging
 * would replace the message for everyone.
 */
export function renderButtons(reply: Reply, options: { shared: boolean }): ReplyButtons {
  const ids = createActionIds();
  const { t } = createTranslator(reply.language);
  const onPage = new Set(reply.items.map((item) => item.passageId));
  // "Read in full" only where the compact view cuts the excerpt: a whole one has nothing more.
  const cut = new Set(reply.items.filter((i) => i.snippet).map((item) => item.passageId));
  const accessories = new Map<string, ButtonElement>();
  const rowActions: ReplyAction[] = [];
  for (const action of reply.actions) {
    if (options.shared && (action.type === "share" || action.type === "page")) continue;
    if (action.type === "open" && onPage.has(action.passageId)) {
      if (cut.has(action.passageId) && !accessories.has(action.passageId)) {
        const value = encodeAction(reply, action, ACCESSORY_VALUE_MAX);
        accessories.set(
          action.passageId,
          buttonElement(t("button.readInFull"), ids("open"), value),
        );
      }
      continue;
    }
    rowActions.push(action);
  }
  const actions = rowActions.slice(0, SLACK_ACTIONS_PER_BLOCK_MAX);
  const suggestions = reply.suggestions.slice(0, SUGGESTIONS_MAX);

  let blocks: SlackBlock[] = [];
  for (const cap of VALUE_CAPS) {
    blocks = rows(reply, actions, suggestions, cap, ids, t);
    if (blocksSize(blocks) <= BUTTON_ROWS_BUDGET) return { accessories, blocks };
  }
  // Only absurd replies get here (dozens of long labels): drop buttons from the end.
  let keepActions = actions.length;
  let keepSuggestions = suggestions.length;
  while (blocksSize(blocks) > BUTTON_ROWS_BUDGET && keepActions + keepSuggestions > 0) {
    if (keepActions > 0) keepActions--;
    else keepSuggestions--;
    blocks = rows(
      reply,
      actions.slice(0, keepActions),
      suggestions.slice(0, keepSuggestions),
      VALUE_CAPS[VALUE_CAPS.length - 1] ?? SLACK_BUTTON_VALUE_MAX,
      ids,
      t,
    );
  }
  return { accessories, blocks };
}

function rows(
  reply: Reply,
  actions: readonly ReplyAction[],
  suggestions: readonly Suggestion[],
  cap: number,
  ids: (kind: SlackActionKind) => string,
  t: Translator["t"],
): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (suggestions.length > 0) {
    blocks.push(sectionBlock(`*${t("button.didYouMean")}*`));
    blocks.push(actionsBlock(suggestions.map((s) => suggestionButton(s, cap, ids))));
  }
  if (actions.length > 0) {
    blocks.push(actionsBlock(actions.map((a) => actionButton(reply, a, cap, ids, t))));
  }
  return blocks;
}

function actionsBlock(elements: ButtonElement[]): ActionsBlock {
  return { type: "actions", elements };
}

function actionButton(
  reply: Reply,
  action: ReplyAction,
  cap: number,
  ids: (kind: SlackActionKind) => string,
  t: Translator["t"],
): ButtonElement {
  const value = encodeAction(reply, action, cap);
  switch (action.type) {
    case "share":
      return buttonElement(t("button.shareInChannel"), ids("share"), value, true);
    case "page":
      return buttonElement(action.label, ids("page"), value);
    case "open":
      return buttonElement(t("button.readInFull"), ids("open"), value);
    case "related":
      return buttonElement(t("button.moreLikeThis"), ids("related"), value);
  }
}

/** A suggestion runs its command, replacing the message it was clicked in. */
function suggestionButton(
  suggestion: Suggestion,
  cap: number,
  ids: (kind: SlackActionKind) => string,
): ButtonElement {
  const value = encodeRequest({ verb: "show", invocation: suggestion.command, page: 1 }, cap);
  return buttonElement(suggestion.label, ids("suggest"), value);
}

/** What a button does, which decides how its answer is posted. */
export type SlackActionKind = "share" | "page" | "open" | "related" | "suggest";

/** Matches every action_id ct-bot makes; Bolt routes clicks to the button handler with it. */
export const SLACK_ACTION_ID_PATTERN = /^ct-(share|page|open|related|suggest)-\d+$/u;

/** Hands out action_ids unique within one message, e.g. `ct-page-3`. */
export function createActionIds(): (kind: SlackActionKind) => string {
  let next = 0;
  return (kind) => `ct-${kind}-${next++}`;
}

/** The kind of a ct-bot action_id; undefined for anything else. */
export function actionKindOf(actionId: string): SlackActionKind | undefined {
  const match = SLACK_ACTION_ID_PATTERN.exec(actionId);
  return match ? (match[1] as SlackActionKind) : undefined;
}
