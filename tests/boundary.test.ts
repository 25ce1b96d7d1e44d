/**
 * The layout's rules, read from the sources: the core knows no platform, has no import loop
 * and never reaches up into adapters/ or app/; an adapter imports neither another adapter nor
 * the console, nor the composition root that starts it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/content/content-dir.js";

const PLATFORM_IMPORT =
  /\bfrom\s+["'](@slack\/[^"']*|discord\.js|@discordjs\/[^"']*|discord-api-types[^"']*)["']|import\(\s*["'](@slack\/|discord\.js|@discordjs\/)/u;

const ROOT = packageRoot();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The repository-relative files `file` imports by relative path (static, dynamic, type-only). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/\bfrom\s+["'](\.[^"']+)["']/gu),
    ...text.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/gu),
  ].map((m) => m[1] ?? "");
  return specs.map((spec) => relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/u, ".ts"));
}

/** One import loop among `files`, as the files in order, or undefined when there is none. */
function findLoop(files: readonly string[]): string[] | undefined {
  const graph = new Map(files.map((f) => [relative(ROOT, f), importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const loop = visit(next);
        if (loop) return loop;
      }
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    if (state.get(node) !== undefined) continue;
    const loop = visit(node);
    if (loop) return loop;
  }
  return undefined;
}

describe("core boundary", () => {
  const files = sourceFiles(join(ROOT, "src"));

  it("finds the core sources to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("never imports @slack/bolt, discord.js or another platform SDK from src/", () => {
    const offenders = files.filter((file) => PLATFORM_IMPORT.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("never imports the adapters or the composition root from src/", () => {
    const offenders = files.filter((file) =>
      importsOf(file).some((target) => /^(adapters|app)\//u.test(target)),
    );
    expect(offenders).toEqual([]);
  });

  it("has no import loop in src/, type-only imports included", () => {
    expect(findLoop(files)).toBeUndefined();
  });

  it("detects a platform import and a loop when one is present", () => {
    expect(PLATFORM_IMPORT.test('import { App } from "@slack/bolt";')).toBe(true);
    expect(PLATFORM_IMPORT.test('import { Client } from "discord.js";')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "ct-loop-"));
    writeFileSync(join(dir, "a.ts"), 'import type { B } from "./b.js";\nexport type A = B;\n');
    writeFileSync(join(dir, "b.ts"), 'import type { A } from "./a.js";\nexport type B = A;\n');
    writeFileSync(join(dir, "c.ts"), 'import type { A } from "./a.js";\nexport type C = A;\n');
    const loop = findLoop([join(dir, "a.ts"), join(dir, "b.ts")]);
    expect(loop?.map((f) => f.split("/").at(-1))).toEqual(["a.ts", "b.ts", "a.ts"]);
    expect(findLoop([join(dir, "a.ts"), join(dir, "c.ts")])).toBeUndefined();
  });
});

describe("adapter boundary", () => {
  const adapters = ["slack", "discord", "console"];

  it.each(adapters)("the %s adapter imports no other adapter and not app/", (name) => {
    const files = sourceFiles(join(ROOT, "adapters", name));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter(
          (target) =>
            target.startsWith("app/") ||
            adapters.some((other) => other !== name && target.startsWith(`adapters/${other}/`)),
        )
        .map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it("each platform adapter has the same role folders and root files", () => {
    for (const name of ["slack", "discord"]) {
      const entries = readdirSync(join(ROOT, "adapters", name));
      for (const part of ["transport", "render", "daily", "handlers"])
        expect(entries, `${name}/${part}`).toContain(part);
      for (const file of ["index.ts", "config.ts", "cli.ts", "errors.ts"])
        expect(entries, `${name}/${file}`).toContain(file);
    }
  });
});
