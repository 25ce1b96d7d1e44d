/**
 * Generates content `factor` times the size of the real pack (content/france-ct-2013) into a
 * temporary folder, for the scale benchmarks (issue 12: 1000× = 14k passages, ~18 MB of YAML).
 *
 * One pack, one source document (the worst case for the verbatim check): copy 0 is the real
 * pack unchanged; copy k ≥ 1 is the whole pack with words perturbed the same way in source.txt,
 * passages and fact quotes, so it passes validation like hand-written content:
 * - about 15 % of the ordinary words (4+ letters) are swapped for other words of the pack, so
 *   copies differ and queries hit passages with different scores;
 * - every word of an entity name or alias gets a per-copy letter tag (`India` → `Indiaxcbx`), so
 *   each copy has its own entities (aliases stay unique) still mentioned where listed;
 * - ids get `-k<k>`; topic aliases get the tag too; headlines and sections are kept.
 * The output is deterministic (a fixed-seed generator), so every run measures the same inputs.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { defaultContentDir } from "../src/content/content-dir.js";
import type {
  EntitiesFile,
  FactsFile,
  PassagesFile,
  SourceFile,
  TopicsFile,
} from "../src/content/content-schema.js";

const PACK = "france-ct-2013";
const WORD = /[\p{L}\p{N}]+/gu;
const SWAP_SHARE = 0.15;
/** Words of entity names that stay untagged: tagging them would rename half the text. */
const KEEP = new Set(["the", "of", "a", "an", "and", "for", "in", "on", "to"]);

/** Where the generated content is, and how big it is. */
export interface ScaledContent {
  /** A content directory holding one pack; pass it to loadContent. */
  dir: string;
  passages: number;
  /** Bytes of YAML written. */
  yamlBytes: number;
}

/** Writes `factor` copies of the real pack into a new temporary directory. */
export function writeScaledContent(factor: number): ScaledContent {
  const from = join(defaultContentDir(), PACK);
  const read = (name: string) => readFileSync(join(from, name), "utf8");
  const source = parse(read("source.yaml")) as SourceFile;
  const text = read(source.text);
  const passages = parse(read("passages.yaml")) as PassagesFile;
  const topics = parse(read("topics.yaml")) as TopicsFile;
  const entities = parse(read("entities.yaml")) as EntitiesFile;
  const facts = parse(read("facts.yaml")) as FactsFile;

  const tagged = new Set<string>();
  // `fr` is absent from an entry that has no French names (the file is read without its schema).
  for (const e of entities)
    for (const name of [e.name, ...e.aliases, ...(e.fr ?? [])])
      for (const w of name.match(WORD) ?? []) if (!KEEP.has(w.toLowerCase())) tagged.add(w);
  const ordinary = [...new Set(text.match(WORD) ?? [])].filter(
    (w) => w.length >= 4 && !tagged.has(w) && /^\p{Ll}+$/u.test(w),
  );

  const out = { text: [] as string[], passages: [] as unknown[], topics: [] as unknown[] };
  const outEntities: unknown[] = [];
  const outFacts: unknown[] = [];
  for (let k = 0; k < factor; k++) {
    const map = copyWords(k, tagged, ordinary);
    const words = (s: string) => (k === 0 ? s : s.replace(WORD, (w) => map.get(w) ?? w));
    const id = (s: string) => (k === 0 ? s : `${s}-k${k}`);
    out.text.push(words(text));
    for (const p of passages) out.passages.push({ ...p, id: id(p.id), text: words(p.text) });
    for (const t of topics)
      out.topics.push({
        ...t,
        id: id(t.id),
        aliases: t.aliases.map((a) => (k === 0 ? a : `${a} ${tag(k)}`)),
        passages: t.passages.map(id),
      });
    for (const e of entities)
      outEntities.push({
        ...e,
        id: id(e.id),
        name: words(e.name),
        aliases: e.aliases.map(words),
        ...(e.fr === undefined ? {} : { fr: e.fr.map(words) }),
        passages: e.passages.map(id),
      });
    for (const f of facts)
      outFacts.push({ ...f, id: id(f.id), passage: id(f.passage), quote: words(f.quote) });
  }

  const dir = mkdtempSync(join(tmpdir(), `ct-bot-bench-x${factor}-`));
  const pack = join(dir, `${PACK}-x${factor}`);
  mkdirSync(pack);
  let yamlBytes = 0;
  const write = (name: string, data: unknown) => {
    const body = stringify(data, { lineWidth: 100 });
    yamlBytes += Buffer.byteLength(body);
    writeFileSync(join(pack, name), body);
  };
  write("source.yaml", source);
  writeFileSync(join(pack, source.text), out.text.join("\n\n"));
  write("passages.yaml", out.passages);
  write("topics.yaml", out.topics);
  write("entities.yaml", outEntities);
  write("facts.yaml", outFacts);
  return { dir, passages: out.passages.length, yamlBytes };
}

/** Copy k's word map: entity words tagged, a share of ordinary words swapped. */
function copyWords(k: number, tagged: Set<string>, ordinary: string[]): Map<string, string> {
  const map = new Map<string, string>();
  if (k === 0) return map;
  const random = mulberry32(k);
  for (const w of tagged) map.set(w, `${w}${tag(k)}`);
  for (const w of ordinary)
    if (random() < SWAP_SHARE) map.set(w, ordinary[Math.floor(random() * ordinary.length)] ?? w);
  return map;
}

/** Copy k's tag: k in letters (base 26) between two `x`, so it stays inside a word and no
 * tagged name equals another (`UN` + tag never spells `UNO`). */
function tag(k: number): string {
  let s = "";
  for (let n = k; n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
  return `x${s}x`;
}

/** A small seeded generator (public-domain mulberry32): same seed, same copies. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
