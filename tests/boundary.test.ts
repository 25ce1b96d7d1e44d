/**
 * The core must not know about platforms: src/ never imports a platform SDK.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/content/content-dir.js";

const PLATFORM_IMPORT =
  /\bfrom\s+["'](@slack\/[^"']*|discord\.js|@discordjs\/[^"']*|discord-api-types[^"']*)["']|import\(\s*["'](@slack\/|discord\.js|@discordjs\/)/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("core boundary", () => {
  const files = sourceFiles(join(packageRoot(), "src"));

  it("finds the core sources to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("never imports @slack/bolt, discord.js or another platform SDK from src/", () => {
    const offenders = files.filter((file) => PLATFORM_IMPORT.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("never imports the adapters from src/", () => {
    const offenders = files.filter((file) =>
      /from\s+["'](\.\.\/)+adapters\//u.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("detects a platform import when one is present", () => {
    expect(PLATFORM_IMPORT.test('import { App } from "@slack/bolt";')).toBe(true);
    expect(PLATFORM_IMPORT.test('import { Client } from "discord.js";')).toBe(true);
  });
});
