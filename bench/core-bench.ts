/**
 * Core benchmark: index build time and per-command latency through the core (parse, search,
 * reply building, paging) over a few hundred varied inputs.
 */
import { execFileSync } from "node:child_process";
import { createBot } from "../src/commands/create-bot.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { createSearchIndex } from "../src/search/search-index.js";
import { compileBench, compiledBench, isMainModule } from "./compiled-bench.js";
import { ms, percentile, summary } from "./stats.js";

const TRIALS = 5;

/** Search inputs, typos and phrases included; the scale bench asks the same. */
export const WORDS = [
  "financing",
  "finacing",
  "ISIS",
  "Daesh",
  "UN",
  "GCTF",
  "human rights",
  '"human rights"',
  "Niger",
  "Nigeria",
  "India",
  "Sahel",
  "G8 recommendations",
  "counterterrorism",
  "counter-terrorism diplomacy",
  "travel documents",
  "organized crime",
  "solidarity",
  "pizza",
  "Inda",
  "Group of Eight",
  "Security Council",
  "legal norm",
  "65 states",
  "what does France say about terrorist financing",
  "anti-terrorist units in Mauritania",
  "coalition",
  "asylum",
  // Expansions and corrections (issue 11): concepts, regions, synonyms, demonyms, typos.
  "root causes",
  "what does France do in Africa",
  "countries",
  "funding",
  "Russian partners",
  "terorism",
  "Sahle",
  "does France negotiate with terrorists",
];
/**
 * French questions (issue 14): articles and question words, no accents, typos, French names.
 * Each is translated through the glossary before it is searched.
 */
export const FRENCH_QUERIES = [
  "Quels sont les principes ?",
  "partenaires Inde",
  "Nations unies",
  "lutte contre le financement du terrorisme",
  "Comment la France lutte-t-elle contre le financement du terrorisme ?",
  "financement du terorisme",
  "droits de l homme",
  "Que dit la France sur les droits de l'homme ?",
  "partenaires de la France en Afrique",
  "justice pénale",
  "criminalite organisee",
  "causes profondes du terrorisme",
  "renforcement des capacites au Sahel",
  "unités antiterroristes en Mauritanie",
  "échange d'informations",
  "asile et controles aux frontieres",
  "quelles sont les recommandations du G8 ?",
  "paix et sécurité internationales",
  "coalition mondiale contre Daech",
  "Qu'est-ce que la France fait contre Daech ?",
  "l'Inde et le Pakistan",
  "Conseil de sécurité",
  "otages",
  "mise en oeuvre de la stratégie",
];

/**
 * The core's per-command budget: p99 under 1 ms through the core (parse, search, reply), as the
 * core issue (issue 2) set it for the bundled content. Issue 14 asks French queries to stay
 * within it too.
 */
export const PER_COMMAND_BUDGET_MS = 1;

const NAMES = [
  "India",
  "UN",
  "GCTF",
  "United States",
  "Russia",
  "Pakistn",
  "Mediterranean",
  "EU",
  "Niger",
  "coalition",
];
const FORUMS = ["G8", "Security Council", "UNGA", "GCTF", "regional forums", "EU", "unknown forum"];

/** A few hundred varied command lines, by command. */
function inputs(): Map<string, string[]> {
  const byCommand = new Map<string, string[]>();
  const add = (command: string, lines: string[]) => byCommand.set(command, lines);
  add(
    "search",
    WORDS.flatMap((w) => [`search ${w}`, w, `/ct search ${w}`]),
  );
  add("partners", [...NAMES.map((n) => `partners ${n}`), "partners"]);
  add("forums", [...FORUMS.map((f) => `forums ${f}`), "forums"]);
  add("principles", ["principles", "/ct principles", "principle"]);
  add("topics", [
    "topics",
    "topics sahel",
    "topics g8-recommendations",
    "topics partners",
    "topics nonsense",
  ]);
  add("fact", ["fact", "fact today", "fact random"]);
  add("daily", [
    "daily on",
    "daily on 08:30 Europe/Paris weekdays",
    "daily on 25:00",
    "daily status",
  ]);
  add("source", ["source"]);
  add("help", ["help", "help daily", ""]);
  return byCommand;
}

/**
 * Runs the core benchmark in a child process, as deployed code (see compiled-bench.ts); the
 * child prints the figures.
 */
export async function benchCore(): Promise<void> {
  compileBench();
  execFileSync(process.execPath, [compiledBench("core-bench.js"), "--run"], { stdio: "inherit" });
}

/** The core benchmark itself: prints its figures. */
async function runCore(): Promise<void> {
  const loadStart = performance.now();
  const content = loadContent([defaultContentDir()]);
  const loaded = performance.now() - loadStart;

  const builds: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    createSearchIndex(content);
    builds.push(performance.now() - start);
  }
  builds.sort((a, b) => a - b);
  console.log("== core ==");
  console.log(`content load + validation          ${ms(loaded)}`);
  console.log(`index build (median of 50)          ${ms(builds[25] ?? Number.NaN)}`);

  const bot = createBot({ content });
  const byCommand = inputs();
  const total = [...byCommand.values()].reduce((n, lines) => n + lines.length, 0);
  for (const lines of byCommand.values()) for (const line of lines) await bot.ask(line); // warm-up
  const all: number[] = [];
  for (const [command, lines] of byCommand) {
    const samples: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const line of lines) {
        const start = performance.now();
        await bot.ask(line);
        samples.push(performance.now() - start);
      }
    }
    all.push(...samples);
    console.log(summary(`  ${command}`, samples));
  }
  console.log(summary(`  all commands (${total} inputs × 20)`, all));

  // This machine is a VM whose neighbours steal time now and then: one run's p99 can move by
  // milliseconds. Five more runs of every input show the spread, and the median run.
  const trials: Array<{ p50: number; p99: number }> = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const lines of byCommand.values()) {
        for (const line of lines) {
          const start = performance.now();
          await bot.ask(line);
          samples.push(performance.now() - start);
        }
      }
    }
    trials.push({ p50: percentile(samples, 50), p99: percentile(samples, 99) });
  }
  const byP99 = [...trials].sort((a, b) => a.p99 - b.p99);
  const median = byP99[Math.floor(TRIALS / 2)];
  console.log(
    `  ${TRIALS} more runs of all inputs: p99 ${byP99.map((t) => ms(t.p99)).join(", ")}; median run p50 ${ms(median?.p50 ?? Number.NaN)} p99 ${ms(median?.p99 ?? Number.NaN)}`,
  );
  await benchFrench(bot, createSearchIndex(content), byCommand.get("search") ?? []);
}

/**
 * French queries (issue 14) through the core and through the index with the person's language,
 * their p99 printed beside the per-command budget. Kept out of "all commands" above, so that
 * figure compares with earlier runs. French and English searches are timed in alternating
 * blocks over {@link TRIALS} runs, and the median run's p99 is the figure, as for all commands:
 * one run's p99 on this shared VM moves by milliseconds.
 */
async function benchFrench(
  bot: ReturnType<typeof createBot>,
  index: ReturnType<typeof createSearchIndex>,
  englishLines: readonly string[],
): Promise<void> {
  const lines = FRENCH_QUERIES.flatMap((q) => [`search ${q}`, q]);
  // Warmed as the English searches were before them (20 rounds of every input): with one round,
  // the French p99 measured V8 optimizing the French reading (3.6 ms against 0.5-1.2 ms).
  for (let round = 0; round < 20; round++) for (const line of lines) await bot.ask(line);
  const commands: number[] = [];
  const searches: number[] = [];
  const trials: Array<{ french: number; english: number }> = [];
  const timed = async (input: readonly string[], into: number[]) => {
    for (const line of input) {
      const start = performance.now();
      await bot.ask(line);
      into.push(performance.now() - start);
    }
  };
  for (let trial = 0; trial < TRIALS; trial++) {
    const french: number[] = [];
    const english: number[] = [];
    for (let round = 0; round < 5; round++) {
      await timed(lines, french);
      await timed(englishLines, english);
      for (const query of FRENCH_QUERIES) {
        const start = performance.now();
        index.search(query, { language: "fr" });
        searches.push(performance.now() - start);
      }
    }
    commands.push(...french);
    trials.push({ french: percentile(french, 99), english: percentile(english, 99) });
  }
  console.log(summary("  search in French (commands)", commands));
  console.log(summary("  index.search, language fr", searches));
  const median = <K extends "french" | "english">(key: K) =>
    [...trials].sort((a, b) => a[key] - b[key])[Math.floor(TRIALS / 2)]?.[key] ?? Number.NaN;
  const p99 = median("french");
  console.log(
    `  French queries, median of ${TRIALS} runs: p99 ${ms(p99)} (English search ${ms(median("english"))}, same runs) vs per-command budget ${ms(PER_COMMAND_BUDGET_MS)}: ${p99 <= PER_COMMAND_BUDGET_MS ? "within" : "OVER"}`,
  );
}

if (isMainModule(import.meta.url) && process.argv[2] === "--run") await runCore();
