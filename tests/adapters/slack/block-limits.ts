/**
 * Checks a rendered Slack message (or Home view) against every Block Kit limit ct-bot must
 * respect; returns what is wrong, empty when nothing is.
 */
import {
  SLACK_ACTION_ID_MAX,
  SLACK_ACTIONS_PER_BLOCK_MAX,
  SLACK_BLOCKS_MAX,
  SLACK_BUTTON_TEXT_MAX,
  SLACK_BUTTON_VALUE_MAX,
  SLACK_CONTEXT_ELEMENTS_MAX,
  SLACK_CONTEXT_TEXT_MAX,
  SLACK_FALLBACK_TEXT_MAX,
  SLACK_HEADER_TEXT_MAX,
  SLACK_MESSAGE_BUDGET,
  SLACK_SECTION_TEXT_MAX,
} from "../../../adapters/slack/render/limits.js";

interface AnyBlock {
  type: string;
  text?: { type: string; text: string };
  accessory?: AnyButton;
  /** Buttons in an actions block; text objects in a context block. */
  elements?: unknown[];
}

interface AnyButton {
  type: string;
  text: { text: string };
  action_id: string;
  value: string;
}

/** Options for {@link limitViolations}. */
export interface LimitOptions {
  maxBlocks?: number;
  /** Home views have no fallback text and a larger block allowance. */
  checkBudget?: boolean;
}

/** Every limit `message` breaks. */
export function limitViolations(
  message: { text?: string; blocks: readonly unknown[] },
  options: LimitOptions = {},
): string[] {
  const problems: string[] = [];
  const maxBlocks = options.maxBlocks ?? SLACK_BLOCKS_MAX;
  const blocks = message.blocks as AnyBlock[];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(blocks.length <= maxBlocks, `${blocks.length} blocks > ${maxBlocks}`);
  if (options.checkBudget ?? true) {
    const size = JSON.stringify(blocks).length;
    check(size <= SLACK_MESSAGE_BUDGET, `blocks JSON ${size} > ${SLACK_MESSAGE_BUDGET}`);
    const text = message.text ?? "";
    check(
      text.length > 0 && text.length < SLACK_FALLBACK_TEXT_MAX,
      `fallback text length ${text.length}`,
    );
    check(text.isWellFormed(), "fallback text has a broken surrogate pair");
  }
  const actionIds = new Set<string>();
  const button = (b: AnyButton, where: string) => {
    check(b.type === "button", `${where}: not a button`);
    check(
      b.text.text.length > 0 && b.text.text.length <= SLACK_BUTTON_TEXT_MAX,
      `${where}: label length ${b.text.text.length}`,
    );
    check(
      b.action_id.length <= SLACK_ACTION_ID_MAX,
      `${where}: action_id length ${b.action_id.length}`,
    );
    check(!actionIds.has(b.action_id), `${where}: duplicate action_id ${b.action_id}`);
    actionIds.add(b.action_id);
    check(b.value.length <= SLACK_BUTTON_VALUE_MAX, `${where}: value length ${b.value.length}`);
    check(b.value.isWellFormed() && b.text.text.isWellFormed(), `${where}: broken surrogate pair`);
  };
  blocks.forEach((block, index) => {
    const where = `block ${index} (${block.type})`;
    const text = block.text?.text ?? "";
    // JSON.stringify escapes a lone surrogate, so check the texts themselves.
    check(text.isWellFormed(), `${where}: broken surrogate pair`);
    switch (block.type) {
      case "header":
        check(block.text?.type === "plain_text", `${where}: header is not plain_text`);
        check(
          text.length > 0 && text.length <= SLACK_HEADER_TEXT_MAX,
          `${where}: header length ${text.length}`,
        );
        break;
      case "section":
        check(
          text.trim().length > 0 && text.length <= SLACK_SECTION_TEXT_MAX,
          `${where}: section length ${text.length}`,
        );
        if (block.accessory) button(block.accessory, `${where} accessory`);
        break;
      case "context": {
        const elements = block.elements ?? [];
        check(
          elements.length > 0 && elements.length <= SLACK_CONTEXT_ELEMENTS_MAX,
          `${where}: ${elements.length} elements`,
        );
        for (const element of elements as Array<{ text?: string }>) {
          const t = element.text ?? "";
          check(t.isWellFormed(), `${where}: broken surrogate pair`);
          check(
            t.length > 0 && t.length <= SLACK_CONTEXT_TEXT_MAX,
            `${where}: context text length ${t.length}`,
          );
        }
        break;
      }
      case "actions": {
        const elements = block.elements ?? [];
        check(
          elements.length > 0 && elements.length <= SLACK_ACTIONS_PER_BLOCK_MAX,
          `${where}: ${elements.length} elements`,
        );
        for (const element of elements as AnyButton[]) button(element, where);
        break;
      }
      case "divider":
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  });
  return problems;
}
