/**
 * `npm run bench`: every benchmark, in order. Figures go to stdout.
 */
import { benchColdStart } from "./cold-start-bench.js";
import { benchCore } from "./core-bench.js";
import { benchDailyFanout } from "./daily-fanout-bench.js";
import { benchDailyStore } from "./daily-store-bench.js";
import { benchDiscord } from "./discord-bench.js";
import { benchReplicas } from "./replicas-bench.js";
import { benchScale } from "./scale-bench.js";
import { benchSlack } from "./slack-bench.js";
import { benchSlackThroughput } from "./slack-throughput-bench.js";
import { benchSlowClients } from "./slow-clients-bench.js";

const benches: Array<[string, () => Promise<void>]> = [
  ["core", benchCore],
  ["scale", benchScale],
  ["slack", benchSlack],
  ["slack-throughput", benchSlackThroughput],
  ["cold-start", benchColdStart],
  ["discord", benchDiscord],
  ["daily", benchDailyFanout],
  ["daily-store", benchDailyStore],
  ["replicas", benchReplicas],
  ["slow-clients", benchSlowClients],
];

const only = process.argv.slice(2);
for (const [name, bench] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    await bench();
  } catch (error) {
    // A plainly broken run (a bench threw: a child failed, a request errored, content invalid)
    // fails the whole command; slow figures never do, they are for people to read.
    console.log(
      `!! ${name} bench broke: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
  console.log("");
}
