/**
 * Bench code run as the bot is deployed: compiled by tsc (bench/tsconfig.json, into
 * dist/bench-build) and run by plain node in a child process. Under the tsx loader that runs
 * `npm run bench`, the same start-up held about 120 MB more RSS (593 against 474 MB at 1000×
 * content) and ct-bot's query code ran about 1.5× slower than tsc's output (35 against 22 µs
 * at 1×), which is not what a deployed bot does.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where the compiled bench files are: `compiledBench("scale-child.js")`. */
export function compiledBench(file: string): string {
  return join(ROOT, "dist", "bench-build", "bench", file);
}

let compiled = false;

/** Compiles the bench children and what they import (once per process; incremental). */
export function compileBench(): void {
  if (compiled) return;
  const require = createRequire(import.meta.url);
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "bench"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  compiled = true;
}

/** True when `moduleUrl` (a module's `import.meta.url`) is the script node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] === fileURLToPath(moduleUrl);
}
