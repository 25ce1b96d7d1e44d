import { createBot } from "../../src/commands/create-bot.js";
import { loadContent } from "../../src/content/load-content.js";
import { PAGE_ITEMS_MAX, pageWindow } from "../../src/replies/paginate.js";
const content = loadContent(["/tmp/scale1000"]);
const bot = createBot({ content });
const searchPageOne = (q: string) => {
  const outcome = bot.index.search(q);
  if (!("list" in outcome)) return;
  const { list } = outcome;
  const page = pageWindow(list.count, (i) => list.textLength(i), 1, list.longestTexts(PAGE_ITEMS_MAX));
  for (const hit of list.slice(page.from, page.to)) hit.marks.length;
};
const qs = process.argv.slice(2);
for (const q of qs) searchPageOne(q);
const t0 = performance.now();
for (let r = 0; r < 200; r++) for (const q of qs) searchPageOne(q);
console.log("mean ms", ((performance.now() - t0) / 200 / qs.length).toFixed(2));
