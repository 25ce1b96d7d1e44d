/**
 * One scale measurement in a fresh process (so RSS is this content's alone): start-up (load +
 * validate + index) over the content directory in argv[2], then query latency through the bot
 * beside raw MiniSearch over the same passages (same queries, interleaved one by one), then RSS
 * over a long run of queries. Prints one JSON line; bench/scale-bench.ts runs it.
 */
import MiniSearch from "minisearch";
import { createBot } from "../src/commands/create-bot.js";
import { loadContent } from "../src/content/load-content.js";
import { WORDS } from "./core-bench.js";
import { percentile } from "./stats.js";

const [dir = "", roundsArg = "10", rssQueriesArg = "10000", rssSecondsArg = "60"] =
  process.argv.slice(2);
const mb = () => process.memoryUsage().rss / 1e6;

const started = performance.now();
const content = loadContent([dir]);
const loaded = performance.now();
const bot = createBot({ content });
await bot.ask("search warm"); // builds the index if the bot builds it lazily
const indexed = performance.now();
const startupRss = mb();

const raw = new MiniSearch<{ id: string; text: string; section: string }>({
  fields: ["text", "section"],
});
raw.addAll(content.passages.map((p) => ({ id: p.id, text: p.text, section: p.section })));

const queries = WORDS.flatMap((w) => [w, w.toLowerCase(), `${w} France`]);
for (const q of queries) {
  await bot.ask(`search ${q}`);
  raw.search(q);
} // warm-up
const ours: number[] = [];
const reference: number[] = [];
for (let round = 0; round < Number(roundsArg); round++) {
  for (const q of queries) {
    let t = performance.now();
    await bot.ask(`search ${q}`);
    ours.push(performance.now() - t);
    t = performance.now();
    raw.search(q);
    reference.push(performance.now() - t);
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
    queries: queries.length,
    oursP50: percentile(ours, 50),
    oursP99: percentile(ours, 99),
    rawP50: percentile(reference, 50),
    rawP99: percentile(reference, 99),
    rssQueries: done,
    rssMb: rss,
    heapAfterGcMb,
    heapAtStartMb,
  }),
);
