import { createBot } from "../../src/commands/create-bot.js";
import { loadContent } from "../../src/content/load-content.js";
import { PAGE_ITEMS_MAX, pageWindow } from "../../src/replies/paginate.js";
import { writeScaledContent } from "../scaled-content.js";
import { WORDS } from "../core-bench.js";
import { existsSync, cpSync } from "node:fs";
const dir = "/tmp/scale1000";
if (!existsSync(dir)) { const g = writeScaledContent(1000); console.log("generated", g.dir); cpSync(g.dir, dir, { recursive: true }); process.exit(0); }
const content = loadContent([dir]);
const bot = createBot({ content });
const searchPageOne = (q: string) => {
  const outcome = bot.index.search(q);
  if (!("list" in outcome)) return;
  const { list } = outcome;
  const page = pageWindow(list.count, (i) => list.textLength(i), 1, list.longestTexts(PAGE_ITEMS_MAX));
  for (const hit of list.slice(page.from, page.to)) hit.marks.length;
};
const queries = WORDS.flatMap((w) => [w, w.toLowerCase(), `${w} France`]);
for (const q of queries) searchPageOne(q);
const per = new Map<string, number[]>();
for (let r = 0; r < 10; r++) for (const q of queries) { const t = performance.now(); searchPageOne(q); const a = per.get(q) ?? []; a.push(performance.now() - t); per.set(q, a); }
const all = [...per.values()].flat().sort((a, b) => a - b);
console.log("p50", all[Math.floor(all.length / 2)]?.toFixed(2), "p99", all[Math.floor(all.length * 0.99)]?.toFixed(2));
console.log([...per].map(([q, a]) => [q, [...a].sort((x, y) => x - y)] as const).sort((a, b) => (b[1][5] ?? 0) - (a[1][5] ?? 0)).slice(0, 15).map(([q, a]) => `${q}: median ${a[5]?.toFixed(2)} max ${a.at(-1)?.toFixed(2)}`).join("\n"));
