/**
 * A bot that builds its search index on first use (the console's and `ask`'s) answers exactly
 * as one that built it at creation, whichever command comes first.
 */
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/commands/create-bot.js";
import { createManualClock } from "../../src/runtime/clock.js";
import { bundledContent } from "../helpers/content.js";

const AT = "2026-03-01T10:00:00Z";
const COMMANDS = ["help", "search financing", "partners India", "topics", "Sahel", "principles"];

function bots() {
  const content = bundledContent();
  const options = { content, clock: createManualClock(AT), random: () => 0.25 };
  return { eager: createBot(options), deferred: createBot({ ...options, deferIndex: true }) };
}

describe("deferred search index", () => {
  it("answers help, then searches, exactly as a bot that built its index at creation", async () => {
    const { eager, deferred } = bots();
    for (const text of COMMANDS) {
      expect(await deferred.ask(text)).toEqual(await eager.ask(text));
    }
  });

  it("completes and exposes the same index when autocomplete or bot.index comes first", () => {
    const { eager, deferred } = bots();
    expect(deferred.complete("partners", "Ind")).toEqual(eager.complete("partners", "Ind"));
    expect(deferred.index.findEntity("India")).toEqual(eager.index.findEntity("India"));
  });
});
