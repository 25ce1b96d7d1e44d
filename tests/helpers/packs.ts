/**
 * Test helpers for several sources side by side: a fresh content folder holding the bundled
 * pack and the second fixture pack, and small packs written on the spot.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultContentDir, packageRoot } from "../../src/content/content-dir.js";

/** The second small pack (September 2006) kept under tests/fixtures. */
export const FIXTURE_PACK = join(packageRoot(), "tests/fixtures/content/un-fixture-2006");

/** A new temporary content folder with the bundled pack and the 2006 fixture pack. */
export function twoPackDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-packs-"));
  cpSync(defaultContentDir(), dir, { recursive: true });
  cpSync(FIXTURE_PACK, join(dir, "un-fixture-2006"), { recursive: true });
  return dir;
}

/** One passage of a {@link writePack} pack. */
export interface PackPassage {
  id: string;
  section: string;
  text: string;
}

/** What {@link writePack} writes: source.yaml fields, and passages whose text makes source.txt. */
export interface PackSpec {
  id: string;
  title: string;
  date: string;
  dateLabel: string;
  passages: PackPassage[];
  url?: string;
  rights?: string;
}

/** Writes a minimal valid pack into `dir/<spec.id>`; returns the pack folder. */
export function writePack(dir: string, spec: PackSpec): string {
  const folder = join(dir, spec.id);
  mkdirSync(folder, { recursive: true });
  const source = [
    `id: ${spec.id}`,
    `title: ${JSON.stringify(spec.title)}`,
    "publisher: Test publisher",
    `date: "${spec.date}"`,
    `dateLabel: ${JSON.stringify(spec.dateLabel)}`,
    `rights: ${JSON.stringify(spec.rights ?? "Test rights")}`,
    "language: en",
    ...(spec.url === undefined ? [] : [`url: ${JSON.stringify(spec.url)}`]),
    "text: source.txt",
  ];
  writeFileSync(join(folder, "source.yaml"), `${source.join("\n")}\n`);
  writeFileSync(join(folder, "source.txt"), spec.passages.map((p) => p.text).join("\n\n"));
  const passages = spec.passages.map(
    (p) =>
      `- id: ${p.id}\n  section: ${JSON.stringify(p.section)}\n  text: ${JSON.stringify(p.text)}`,
  );
  writeFileSync(join(folder, "passages.yaml"), `${passages.join("\n")}\n`);
  return folder;
}

/** A new empty temporary content folder. */
export function emptyContentDir(): string {
  return mkdtempSync(join(tmpdir(), "ct-packs-"));
}
