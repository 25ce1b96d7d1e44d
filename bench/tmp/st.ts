import { createBot } from "../../src/commands/create-bot.js";
import { loadContent } from "../../src/content/load-content.js";
const t0 = performance.now();
const content = loadContent(["/tmp/scale1000"]);
const t1 = performance.now();
const bot = createBot({ content });
await bot.ask("search warm");
const t2 = performance.now();
console.log(`load ${(t1 - t0).toFixed(0)} index ${(t2 - t1).toFixed(0)} total ${(t2 - t0).toFixed(0)} rss ${(process.memoryUsage().rss / 1e6).toFixed(0)}`);
