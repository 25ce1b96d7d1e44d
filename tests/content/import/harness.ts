/**
 * Runs the real `content import` command function in a temporary content directory and
 * loads the result with the real loader and bot.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { type Bot, createBot } from "../../../src/commands/create-bot.js";
import { runContentImport } from "../../../src/content/import/run-content-import.js";
import { loadContent } from "../../../src/content/load-content.js";

const made: string[] = [];

/** A fresh temporary folder, removed by {@link cleanUp}. */
export function tempDir(prefix = "ct-import-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder made by {@link tempDir}. */
export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `data` to `name` in a fresh folder and returns its path. */
export function documentFile(name: string, data: string | Uint8Array): string {
  const path = join(tempDir("ct-doc-"), name);
  writeFileSync(path, data);
  return path;
}

/** What one run printed and returned. */
export interface ImportRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `ct-bot content import <args>`, capturing its output. */
export async function runImport(args: readonly string[]): Promise<ImportRun> {
  let out = "";
  let err = "";
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await runContentImport(args, {
    out: sink((t) => {
      out += t;
    }),
    err: sink((t) => {
      err += t;
    }),
  });
  return { code, out, err };
}

/** A bot over the packs in `dir`, loaded and validated like at start-up. */
export function botOver(dir: string): Bot {
  return createBot({ content: loadContent([dir]) });
}

/** Every file under `dir`, recursively, relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
