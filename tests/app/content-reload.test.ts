/**
 * Reloading content in a running bot: SIGHUP and the CONTENT_WATCH file watcher swap valid
 * content in at once (search, pages and daily facts all see it); invalid content keeps the
 * running content, logs every problem and marks the content stale.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ContentReloader, createContentReloader } from "../../app/content-reload.js";
import { createBot } from "../../src/commands/create-bot.js";
import type { Config } from "../../src/config.js";
import { liveContent } from "../../src/content/live-content.js";
import { loadContent } from "../../src/content/load-content.js";
import { decideDue } from "../../src/daily/decide-due.js";
import { createLogger } from "../../src/runtime/logger.js";
import { collect } from "../adapters/slack/slack-harness.js";
import { twoPackDir, writePack } from "../helpers/packs.js";
import { aSubscription } from "../helpers/subscriptions.js";

let reloader: ContentReloader | undefined;
afterEach(() => reloader?.stop());

function rig(contentWatch: boolean) {
  const dir = twoPackDir();
  const config: Config = {
    logLevel: "info",
    logLevelSet: true,
    port: 0,
    noColor: true,
    contentDirs: [dir],
    dataDir: dir,
    contentWatch,
  };
  const lines: string[] = [];
  const logger = createLogger({ level: "info", destination: collect(lines) });
  const bot = createBot({ content: loadContent([dir]), logger });
  reloader = createContentReloader({ config, bot, logger });
  const fixture = join(dir, "un-fixture-2006");
  return { dir, bot, lines, fixture, reloader };
}

/** Adds a passage and a fact about a "kiwi accord" to the fixture pack. */
function addKiwi(fixture: string): void {
  appendFileSync(join(fixture, "source.txt"), "\nThe kiwi accord was signed in Wellington.\n");
  appendFileSync(
    join(fixture, "passages.yaml"),
    "\n- id: fixture-kiwi\n  section: Fixture note on the UN strategy\n  text: The kiwi accord was signed in Wellington.\n",
  );
  appendFileSync(
    join(fixture, "facts.yaml"),
    "\n- id: fixture-kiwi-fact\n  headline: Kiwi\n  passage: fixture-kiwi\n  quote: The kiwi accord was signed\n",
  );
}

const hup = () => process.kill(process.pid, "SIGHUP");

describe("content reload", () => {
  it("swaps valid content in on SIGHUP: search and daily facts see it at once", async () => {
    const { bot, fixture } = rig(false);
    const daily = liveContent(() => bot.content);
    const factsBefore = daily.facts.length;
    expect((await bot.ask("search kiwi accord")).items).toEqual([]);
    addKiwi(fixture);
    hup();
    await expect.poll(() => bot.content.passageById.has("fixture-kiwi")).toBe(true);
    expect((await bot.ask("search kiwi accord")).items.map((i) => i.passageId)).toEqual([
      "fixture-kiwi",
    ]);
    // The daily rotation draws over the new fact list: the new fact joins the cycle.
    expect(daily.facts.length).toBe(factsBefore + 1);
    const pick = decideDue(daily, new Date("2026-11-20T08:00:30Z"))(aSubscription("C1"));
    expect(pick.deliver?.cycleSize).toBe(factsBefore + 1);
    expect(daily.factById.has(pick.deliver?.factId ?? "")).toBe(true);
    expect(reloader?.stale).toBe(false);
  });

  it("keeps the running content when the new content is invalid, logs every problem, says stale", async () => {
    const { bot, fixture, lines } = rig(false);
    const before = bot.content;
    const passages = join(fixture, "passages.yaml");
    const good = readFileSync(passages, "utf8");
    // Two problems: a passage no longer verbatim, and a fact pointing at a missing passage.
    writeFileSync(passages, good.replace("adopted by the General", "adopted by the Genral"));
    appendFileSync(
      join(fixture, "facts.yaml"),
      "\n- id: dangling\n  headline: Gone\n  passage: no-such-passage\n  quote: nothing\n",
    );
    expect(reloader?.reload("test")).toBe("kept");
    expect(bot.content).toBe(before);
    expect(reloader?.stale).toBe(true);
    const problems = lines.filter((l) => l.includes('"content problem"'));
    expect(problems.some((l) => l.includes("not verbatim"))).toBe(true);
    expect(problems.some((l) => l.includes("no-such-passage"))).toBe(true);
    expect(lines.some((l) => l.includes("still answering from the content loaded before"))).toBe(
      true,
    );
    expect((await bot.ask("search four pillars")).items.length).toBeGreaterThan(0);

    writeFileSync(passages, good);
    writeFileSync(
      join(fixture, "facts.yaml"),
      readFileSync(join(fixture, "facts.yaml"), "utf8").split("\n- id: dangling")[0] ?? "",
    );
    hup();
    await expect.poll(() => reloader?.stale).toBe(false);
    expect(bot.content).not.toBe(before);
  });

  it("with CONTENT_WATCH, picks up a new pack written into the folder", async () => {
    const { bot, dir } = rig(true);
    writePack(dir, {
      id: "watched",
      title: "A watched note",
      date: "2026",
      dateLabel: "2026",
      passages: [{ id: "watched-one", section: "Notes", text: "The lynx treaty was renewed." }],
    });
    await expect.poll(() => bot.content.sourceById.has("watched"), { timeout: 10_000 }).toBe(true);
    const reply = await bot.ask("search lynx treaty source:watched");
    expect(reply.items.map((i) => i.citation.title)).toEqual(["A watched note"]);
  });
});
