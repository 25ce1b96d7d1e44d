/**
 * Reads the parts of a rendered message that tests assert on: section and context texts,
 * buttons.
 */
import type { RenderedButton } from "../../fakes/slack/slack-payloads.js";

interface LooseBlock {
  type: string;
  text?: { text: string };
  accessory?: RenderedButton;
  elements?: unknown[];
}

function blocksOf(body: unknown): LooseBlock[] {
  const blocks = (body as { blocks?: unknown }).blocks;
  return Array.isArray(blocks) ? (blocks as LooseBlock[]) : [];
}

/** Texts of the section blocks of `body` (a posted message or a rendered one), in order. */
export function sectionTexts(body: unknown): string[] {
  return blocksOf(body).flatMap((b) => (b.type === "section" && b.text ? [b.text.text] : []));
}

/** Texts of the context blocks' elements. */
export function contextTexts(body: unknown): string[] {
  return blocksOf(body).flatMap((b) =>
    b.type === "context" ? (b.elements ?? []).map((e) => (e as { text: string }).text) : [],
  );
}

/** The header's text. */
export function headerText(body: unknown): string | undefined {
  return blocksOf(body).find((b) => b.type === "header")?.text?.text;
}

/** Every button: section accessories and action rows. */
export function buttonsOf(body: unknown): RenderedButton[] {
  return blocksOf(body).flatMap((b) => {
    if (b.accessory) return [b.accessory];
    if (b.type === "actions") return (b.elements ?? []) as RenderedButton[];
    return [];
  });
}

/** The first button whose action_id starts with `ct-<kind>-`; throws when there is none. */
export function buttonOf(body: unknown, kind: string, label?: string): RenderedButton {
  const button = buttonsOf(body).find(
    (b) => b.action_id.startsWith(`ct-${kind}-`) && (label === undefined || b.text.text === label),
  );
  if (button === undefined) throw new Error(`no ${kind} button${label ? ` "${label}"` : ""}`);
  return button;
}
