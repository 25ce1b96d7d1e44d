/**
 * One scale measurement in a fresh process (so RSS is this content's alone): start-up (load +
 * validate + index) over the content directory in argv[2], then query latency beside raw
 * MiniSearch over the same passages (same queries, interleaved one by one), then RSS over a
 * long run of queries. Prints one JSON line; bench/scale-bench.ts runs it.
 *
 * Two figures per query, interleaved with the raw one: the core query (`SearchIndex.search`
 * plus the marks of the hits page 1 shows, found as a reply finds its page), which is what
 * raw MiniSearch's `search` compares with; and the whole command (`bot.ask("search …")`:
 * parse, search, reply built), for information. Then the tail alone: the core query only,
 * round after round (its p99 is the goal's figure: no raw MiniSearch garbage in the heap).
 *
 * With `--startup-only` (before the other arguments) it stops after start-up and the raw
 * MiniSearch reference, and prints those: the bench takes the start-up figure as the median of
 * several such fresh processes.
 */
import MiniSearch from "minisearch";
import { createBot } from "../src/commands/create-bot.js";
import { loadContent } from "../src/content/load-content.js";
import { PAGE_ITEMS_MAX, pageWindow } from "../src/replies/paginate.js";
import { WORDS } from "./core-bench.js";
import { percentile } from "./stats.js";

const startupOnly = process.argv[2] === "--startup-only";
const [
  dir = "",
  roundsArg = "10",
  rssQueriesArg = "10000",
  rssSecondsArg = "60",
  aloneRoundsArg = "10",
  warmRoundsArg = "1",
] = process.argv.slice(startupOnly ? 3 : 2);
const mb = () => process.memoryUsage().rss / 1e6;

const started = performance.now();
const content = loadContent([dir]);
const loaded = performance.now();
const bot = createBot({ content });
await bot.ask("search warm"); // builds the index if the bot builds it lazily
const indexed = performance.now();
const startupRss = mb();

// The reference for start-up: raw MiniSearch indexing the same passages' text and section,
// timed (the least any full-text index of them costs; it says how fast this machine is).
const rawStarted = performance.now();
const raw = new MiniSearch<{ id: string; text: string; section: string }>({
  fields: ["text", "section"],
});
raw.addAll(content.passages.map((p) => ({ id: p.id, text: p.text, section: p.section })));
const rawBuildMs = performance.now() - rawStarted;
if (startupOnly) {
  const line = JSON.stringify({
    passages: content.passages.length,
    startupMs: indexed - started,
    startupRssMb: startupRss,
    rawBuildMs,
  });
  // Written out before exiting: a write to a pipe may still be under way when it returns.
  await new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));
  process.exit(0);
}

/** The core query: the search, then the marks of the hits on page 1 (what a reply reads). */
const searchPageOne = (q: string) => {
  const outcome = bot.index.search(q);
  if (!("list" in outcome)) return;
  const { list } = outcome;
  const page = pageWindow(
    list.count,
    (i) => list.textLength(i),
    1,
    list.longestTexts(PAGE_ITEMS_MAX),
  );
  for (const hit of list.slice(page.from, page.to)) marked += hit.marks.length;
};
let marked = 0;

const queries = WORDS.flatMap((w) => [w, w.toLowerCase(), `${w} France`]);
// Warm-up, untimed, until both sides run optimized code: a bot answers queries all day, and
// V8 takes more calls to optimize ct-bot's code than raw MiniSearch's smaller search.
for (let round = 0; round < Number(warmRoundsArg); round++) {
  for (const q of queries) {
    searchPageOne(q);
    await bot.ask(`search ${q}`);
    raw.search(q);
  }
}
const ours: number[] = [];
const command: number[] = [];
const reference: number[] = [];
for (let round = 0; round < Number(roundsArg); round++) {
  for (const q of queries) {
    let t = performance.now();
    searchPageOne(q);
    ours.push(performance.now() - t);
    t = performance.now();
    raw.search(q);
    reference.push(performance.now() - t);
    t = performance.now();
    await bot.ask(`search ${q}`);
    command.push(performance.now() - t);
  }
}

// The tail alone: the same queries, ct-bot only, after a full collection. In the interleaved
// rounds above, raw MiniSearch's own garbage (a result object per match) is collected during
// ct-bot's queries too; a bot process runs no raw MiniSearch, so its p99 is read here.
const alone: number[] = [];
(globalThis as { gc?: () => void }).gc?.();
// One untimed round after that collection: the first queries after a forced full GC paid for
// the young generation it had shrunk (10-25 ms each at 1000×, every run), which no bot sees.
for (const q of queries) searchPageOne(q);
for (let round = 0; round < Number(aloneRoundsArg); round++) {
  for (const q of queries) {
    const t = performance.now();
    searchPageOne(q);
    alone.push(performance.now() - t);
  }
}

// RSS over many queries: sampled every 1000, bounded in time on slow builds.
(globalThis as { gc?: () => void }).gc?.();
const heapAtStartMb = process.memoryUsage().heapUsed / 1e6;
const rss: number[] = [mb()];
const rssStart = performance.now();
let done = 0;
while (
  done < Number(rssQueriesArg) &&
  performance.now() - rssStart < Number(rssSecondsArg) * 1000
) {
  await bot.ask(`search ${queries[done % queries.length]}`);
  done++;
  if (done % 1000 === 0) rss.push(mb());
}
rss.push(mb());
// Heap after a full collection: what a per-query leak would grow (RSS also holds freed pages).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapAfterGcMb = process.memoryUsage().heapUsed / 1e6;

console.log(
  JSON.stringify({
    passages: content.passages.length,
    loadMs: loaded - started,
    startupMs: indexed - started,
    startupRssMb: startupRss,
    rawBuildMs,
    queries: queries.length,
    oursP50: percentile(ours, 50),
    oursP99: percentile(ours, 99),
    aloneP50: percentile(alone, 50),
    aloneP99: percentile(alone, 99),
    aloneQueries: alone.length,
    commandP50: percentile(command, 50),
    commandP99: percentile(command, 99),
    rawP50: percentile(reference, 50),
    rawP99: percentile(reference, 99),
    rssQueries: done,
    rssMb: rss,
    heapAfterGcMb,
    heapAtStartMb,
    marked,
  }),
);
