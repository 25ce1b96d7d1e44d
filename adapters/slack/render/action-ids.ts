/**
 * Button action_ids. The id says only what kind of click it is (and is unique within its
 * message); what to run travels in the button's value (src/replies/action-payload.ts).
 */

/** What a button does, which decides how its answer is delivered. */
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
