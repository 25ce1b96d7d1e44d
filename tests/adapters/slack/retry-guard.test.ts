/**
 * Recognising Slack retries: keys, retention, bounded memory.
 */
import { describe, expect, it } from "vitest";
import { retryKey } from "../../../adapters/slack/transport/retry-guard.js";
import { createMemorySeenEvents } from "../../../src/runtime/seen-events.js";

describe("createMemorySeenEvents", () => {
  it("reports a key as seen from its second delivery on", async () => {
    const dedupe = createMemorySeenEvents();
    expect(await dedupe.seen("command:1")).toBe(false);
    expect(await dedupe.seen("command:1")).toBe(true);
    expect(await dedupe.seen("command:2")).toBe(false);
  });

  it("forgets a key once its retention has passed", async () => {
    let now = 0;
    const dedupe = createMemorySeenEvents({ ttlMs: 1000, now: () => now });
    await dedupe.seen("k");
    now = 999;
    expect(await dedupe.seen("k")).toBe(true);
    now = 2000;
    expect(await dedupe.seen("k")).toBe(false);
  });

  it("keeps at most maxKeys keys, dropping the oldest", async () => {
    const dedupe = createMemorySeenEvents({ maxKeys: 2 });
    await dedupe.seen("a");
    await dedupe.seen("b");
    await dedupe.seen("c");
    expect(await dedupe.seen("a")).toBe(false);
    expect(await dedupe.seen("c")).toBe(true);
  });
});

describe("retryKey", () => {
  it("keys a slash command on its trigger_id", () => {
    expect(retryKey({ command: "/ct", trigger_id: "123.456" })).toBe("command:123.456");
  });

  it("keys a click on who clicked, when, and which button", () => {
    const click = {
      type: "block_actions",
      user: { id: "U1" },
      actions: [{ action_id: "ct-share-0", action_ts: "1700000000.1" }],
    };
    expect(retryKey(click)).toBe("action:U1:1700000000.1:ct-share-0");
  });

  it("keys an event on its event_id", () => {
    expect(retryKey({ type: "event_callback", event_id: "Ev1" })).toBe("event:Ev1");
  });

  it("has no key for anything else", () => {
    expect(retryKey({ type: "view_submission" })).toBeUndefined();
    expect(retryKey(null)).toBeUndefined();
  });
});
