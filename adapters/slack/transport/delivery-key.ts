/**
 * A key that is the same for every delivery (first try and retries) of one Slack request,
 * and different for two requests.
 */

/** The dedupe key of a request body as Bolt parsed it; undefined when it has none. */
export function deliveryKey(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const b = body as Record<string, unknown>;
  // Events API: event_id is Slack's own id for the event, repeated on retries.
  if (typeof b.event_id === "string") return `event:${b.event_id}`;
  // Slash commands: trigger_id is issued once per invocation.
  if (typeof b.command === "string" && typeof b.trigger_id === "string") {
    return `command:${b.trigger_id}`;
  }
  // Button clicks: one click has one action_ts; two clicks (even of the same button) differ.
  if (b.type === "block_actions" && Array.isArray(b.actions)) {
    const action = b.actions[0] as Record<string, unknown> | undefined;
    const user = b.user as Record<string, unknown> | undefined;
    if (typeof action?.action_ts === "string" && typeof user?.id === "string") {
      return `action:${user.id}:${action.action_ts}:${String(action.action_id)}`;
    }
  }
  return undefined;
}
