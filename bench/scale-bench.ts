/**
 * Scale benchmark (issue 12, goals 1 and 2): for content 1×, 100× and 1000× the real pack
 * (bench/scaled-content.ts), each in a fresh process (bench/scale-child.ts):
 * - start-up: load + validate + index, wall time and RSS, the median of three fresh processes
 *   (RSS: the largest of them); goal at 1000×: < 4 s, < 600 MB, and growth about linear
 *   (1000× / 100× near 10); beside it, raw MiniSearch indexing the same passages in the same
 *   process, the machine's own yardstick (the 4 s was set on a machine
 *   about 3× faster than some this runs on: compare the ratio across machines);
 * - query p50 of the core query (`SearchIndex.search` plus the marks of the hits page 1
 *   shows) beside raw MiniSearch's `search` over the same passages, same queries, interleaved
 *   one by one in the same process; goal p50 ≤ 2× raw at 1×, ≤ 3× at 1000×, p99 < 5 ms at
 *   1000×; and, for information, the whole command (`search …`, reply built), interleaved too;
 * - RSS before and after up to 10,000 more queries (time-capped): it must stay flat.
 * BENCH_SCALE="1,100,1000" picks the factors. Throws (a broken run) when a child fails.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { defaultContentDir } from "../src/content/content-dir.js";
import { compileBench, compiledBench } from "./compiled-bench.js";
import { writeScaledContent } from "./scaled-content.js";
import { ms } from "./stats.js";

/** One fresh process's start-up (load + validate + index) and its raw MiniSearch reference. */
interface Startup {
  startupMs: number;
  startupRssMb: number;
  /** Raw MiniSearch indexing the same passages' text and section, in the same process. */
  rawBuildMs: number;
}

interface ChildResult extends Startup {
  passages: number;
  queries: number;
  oursP50: number;
  oursP99: number;
  commandP50: number;
  commandP99: number;
  rawP50: number;
  rawP99: number;
  aloneP50: number;
  aloneP99: number;
  aloneQueries: number;
  rssQueries: number;
  rssMb: number[];
  heapAtStartMb: number;
  heapAfterGcMb: number;
}

// The child runs as compiled JavaScript under plain node, as the bot is deployed.
const CHILD = compiledBench("scale-child.js");
const GOAL_RATIO: Record<number, number> = { 1: 2, 1000: 3 };
/** Fresh processes whose start-up is measured per content size; the median is reported. */
const STARTUP_RUNS = 3;

/**
 * The median run's start-up and raw reference (the run with the median start-up, so the two
 * come from one process), with every run's start-up and the median of their ratios.
 */
function medianStartup(runs: readonly Startup[]): Startup & {
  startupRuns: number[];
  startupRatio: number;
} {
  const sorted = [...runs].sort((a, b) => a.startupMs - b.startupMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
  const ratios = runs.map((r) => r.startupMs / r.rawBuildMs).sort((a, b) => a - b);
  return {
    startupMs: median?.startupMs ?? 0,
    startupRssMb: Math.max(...runs.map((r) => r.startupRssMb)),
    rawBuildMs: median?.rawBuildMs ?? 0,
    startupRuns: runs.map((r) => r.startupMs),
    startupRatio: ratios[Math.floor((ratios.length - 1) / 2)] ?? 0,
  };
}
/**
 * Untimed rounds of the 108 queries before timing, per content factor: enough calls for V8 to
 * optimize both sides (at 1×, ct-bot's p50 after 1 round was ~90 µs, after 100 rounds ~50 µs,
 * after 200 ~34 µs; raw MiniSearch's 42 → 22 → 20 µs). Larger content does more work per call.
 */
const WARM_ROUNDS: Record<number, number> = { 1: 100, 100: 5, 1000: 2 };

/** Runs the scale benchmark and prints its figures beside their goals. */
export async function benchScale(): Promise<void> {
  const factors = (process.env.BENCH_SCALE ?? "1,100,1000").split(",").map(Number);
  console.log("== scale (fresh process per size; raw MiniSearch measured in the same process) ==");
  console.log(
    '  query = SearchIndex.search + marks of page 1\'s hits (vs raw MiniSearch search); command = bot.ask("search …"), reply built (information)',
  );
  console.log(`  start-up: median of ${STARTUP_RUNS} fresh processes; RSS MB: the largest of them`);
  console.log(
    "  size   passages  start-up   RSS MB   query p50 ct-bot / raw = ratio (goal)   p99 ct-bot   command p50 / p99   RSS over queries",
  );
  compileBench();
  const byFactor = new Map<number, ChildResult & ReturnType<typeof medianStartup>>();
  for (const factor of factors) {
    const generated = factor === 1 ? undefined : writeScaledContent(factor);
    const dir = generated?.dir ?? defaultContentDir();
    try {
      const rounds = factor >= 1000 ? 2 : 10;
      const out = execFileSync(
        process.execPath,
        [
          "--expose-gc",
          CHILD,
          dir,
          String(rounds),
          "10000",
          factor >= 100 ? "60" : "30",
          factor >= 1000 ? "10" : "20",
          String(WARM_ROUNDS[factor] ?? 2),
        ],
        { encoding: "utf8", maxBuffer: 1 << 20, timeout: 600_000 },
      );
      const full = JSON.parse(out.trim().split("\n").at(-1) ?? "") as ChildResult;
      // Start-up is one figure per process and swings with the machine: the median of
      // STARTUP_RUNS fresh processes (this one and more that stop after start-up).
      const startups: Startup[] = [full];
      for (let run = 1; run < STARTUP_RUNS; run++) {
        const line = execFileSync(process.execPath, ["--expose-gc", CHILD, "--startup-only", dir], {
          encoding: "utf8",
          timeout: 600_000,
        });
        startups.push(JSON.parse(line.trim().split("\n").at(-1) ?? "") as Startup);
      }
      const result = { ...full, ...medianStartup(startups) };
      byFactor.set(factor, result);
      const ratio = result.oursP50 / result.rawP50;
      const goal = GOAL_RATIO[factor] === undefined ? "" : ` (≤ ${GOAL_RATIO[factor]}×)`;
      const rss = result.rssMb;
      console.log(
        `  ${`${factor}×`.padStart(5)}  ${String(result.passages).padStart(8)}  ${ms(result.startupMs).padStart(8)}  ${result.startupRssMb.toFixed(0).padStart(7)}   ${ms(result.oursP50).padStart(9)} / ${ms(result.rawP50).padStart(7)} = ${ratio.toFixed(1)}×${goal.padEnd(8)}   ${ms(result.oursP99).padStart(9)}   ${ms(result.commandP50).padStart(9)} / ${ms(result.commandP99).padStart(7)}   ${rss[0]?.toFixed(0)} → ${rss.at(-1)?.toFixed(0)} MB after ${result.rssQueries} (heap after GC ${result.heapAtStartMb.toFixed(0)} → ${result.heapAfterGcMb.toFixed(0)} MB)`,
      );
    } finally {
      if (generated) rmSync(generated.dir, { recursive: true, force: true });
    }
  }
  const big = byFactor.get(1000);
  const mid = byFactor.get(100);
  if (big) {
    console.log(
      `  goal 2 at 1000×: start-up ${ms(big.startupMs)} (< 4 s; median of ${big.startupRuns.length} fresh processes: ${big.startupRuns.map(ms).join(", ")}), ${big.startupRssMb.toFixed(0)} MB (< 600 MB; the largest of them)${mid ? `; 1000×/100× start-up = ${(big.startupMs / mid.startupMs).toFixed(1)} (linear ≈ 10)` : ""}`,
    );
    // The absolute goal was set on a machine where raw MiniSearch's p50 at 1× was 12.3 µs
    // (the issue's table); this ratio compares start-ups across machines.
    console.log(
      `  start-up at 1000× = ${big.startupRatio.toFixed(1)}× raw MiniSearch indexing the same passages' text and section (median of the processes' ratios; ${ms(big.rawBuildMs)} in the median one, same process; load and validation included on ct-bot's side)`,
    );
    console.log(
      `  goal 1 at 1000×: query p99 ${ms(big.aloneP99)} over ${big.aloneQueries} queries run alone (< 5 ms; p50 ${ms(big.aloneP50)}); interleaved with raw MiniSearch ${ms(big.oursP99)}, raw's own p99 ${ms(big.rawP99)}`,
    );
  }
}
