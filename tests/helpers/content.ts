/**
 * Test helpers: the real content pack and a bot over it, loaded once per test file.
 */

import { type Bot, createBot } from "../../src/commands/create-bot.js";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { loadContent } from "../../src/content/load-content.js";
import type { Content } from "../../src/content/types.js";
import { createManualClock } from "../../src/runtime/clock.js";

let content: Content | undefined;

/** The bundled content, validated. */
export function bundledContent(): Content {
  content ??= loadContent([defaultContentDir()]);
  return content;
}

/** A bot over the bundled content with a fixed clock and a seeded random source. */
export function testBot(at = "2026-03-01T10:00:00Z"): Bot {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return createBot({ content: bundledContent(), clock: createManualClock(at), random });
}
