/**
 * `npm run bench`: every benchmark, in order. Figures go to stdout.
 */
import { benchCore } from "./core-bench.js";
import { benchDailyFanout } from "./daily-fanout-bench.js";
import { benchDailyStore } from "./daily-store-bench.js";
import { benchDiscord } from "./discord-bench.js";
import { benchReplicas } from "./replicas-bench.js";
import { benchSlack } from "./slack-bench.js";
import { benchSlowClients } from "./slow-clients-bench.js";

const benches: Array<[string, () => Promise<void>]> = [
  ["core", benchCore],
  ["slack", benchSlack],
  ["discord", benchDiscord],
  ["daily", benchDailyFanout],
  ["daily-store", benchDailyStore],
  ["replicas", benchReplicas],
  ["slow-clients", benchSlowClients],
];

const only = process.argv.slice(2);
for (const [name, bench] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  await bench();
  console.log("");
}
