/**
 * Apps under test in their own processes, for the benches that compare whole processes: a free
 * port, spawning an app and waiting until a path answers, the CPU time a process has used, and
 * stopping it so that a `--cpu-prof` profile gets written.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";

/** A port free right now (the kernel's pick), so runs never collide with other processes. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A running app: its process, its port, and the tail of what it wrote to stderr. */
export interface ChildApp {
  child: ChildProcess;
  port: number;
  /** The last 400 characters of stderr, for the error when it dies. */
  stderrTail(): string;
  /** Sends SIGTERM and resolves when the process has exited (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns `node [nodeArgs] script` with `env` (PORT set to a free port) and resolves once
 * `GET path` on it answers with status `wanted` (any status when 0). Rejects when the process
 * exits first or does not answer within 60 s.
 */
export async function startChildApp(
  script: string,
  env: NodeJS.ProcessEnv,
  options: { path: string; wanted: number; nodeArgs?: readonly string[]; args?: readonly string[] },
): Promise<ChildApp> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), script, ...(options.args ?? [])],
    {
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-400);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const app: ChildApp = {
    child,
    port,
    stderrTail: () => stderr,
    async stop(graceMs = 10_000) {
      if (hasExited) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  const start = performance.now();
  for (;;) {
    if (hasExited) throw new Error(`${script} exited before serving: ${stderr}`);
    if (performance.now() - start > 60_000) {
      await app.stop(0);
      throw new Error(`${script} did not serve ${options.path} in 60 s`);
    }
    const status = await fetch(`http://127.0.0.1:${port}${options.path}`).then(
      (r) => r.arrayBuffer().then(() => r.status),
      () => -1,
    );
    if (status === options.wanted || (options.wanted === 0 && status > 0)) return app;
    await new Promise((r) => setTimeout(r, 20));
  }
}

let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system, ms) process `pid` has used so far, from /proc/<pid>/stat (Linux;
 * NaN elsewhere). Its resolution is one clock tick (10 ms at the usual 100 Hz), so read it over
 * many requests.
 */
export function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}
