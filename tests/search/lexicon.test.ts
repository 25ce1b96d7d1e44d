/**
 * The lexicon finds a word's synonyms when a query first asks (issue 12: nothing is looked up
 * at start-up). They must be exactly the synonyms of the plain definition, computed here from
 * every corpus word outwards as the lexicon once did at start-up: the same words, in the same
 * order, for the bundled corpus and for a larger one made of WordNet's own lemmas and forms.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildIndexParts } from "../../src/search/build-index.js";
import { createLexicon } from "../../src/search/lexicon.js";
import { SEARCH_OPTIONS } from "../../src/search/search-options.js";
import { openWordNet, wordNetDictPath } from "../../src/search/wordnet.js";
import { bundledContent } from "../helpers/content.js";

const wordnet = openWordNet();
const dominant = SEARCH_OPTIONS.expansion.dominantSenses;

/**
 * The plain definition: `word`'s synonyms are the corpus words one of whose base forms shares
 * a synset with one of `word`'s lemmas ([word, ...its base forms]), among the first `dominant`
 * senses of both lemmas; never `word`; in corpus order.
 */
function plainSynonyms(corpus: readonly string[]): (word: string) => string[] {
  const synonymsOf = new Map<string, Set<string>>();
  const isDominant = (lemma: string, pos: string, offset: number) =>
    wordnet.senses(lemma).some((s) => s.rank < dominant && s.pos === pos && s.offset === offset);
  for (const word of corpus)
    for (const lemma of wordnet.baseForms(word))
      for (const sense of wordnet.senses(lemma)) {
        if (sense.rank >= dominant) continue;
        for (const other of wordnet.synsetWords(sense)) {
          if (other === lemma || other.includes(" ")) continue;
          if (!isDominant(other, sense.pos, sense.offset)) continue;
          const words = synonymsOf.get(other) ?? new Set<string>();
          words.add(word);
          synonymsOf.set(other, words);
        }
      }
  return (word) => {
    const found = new Set<string>();
    for (const lemma of [word, ...wordnet.baseForms(word)])
      for (const synonym of synonymsOf.get(lemma) ?? []) found.add(synonym);
    found.delete(word);
    return [...found];
  };
}

/** Every `step`-th one-word lemma of WordNet's noun and verb index files, with their forms. */
function wordNetSample(step: number): string[] {
  const words = new Set<string>();
  for (const pos of ["noun", "verb"]) {
    const lines = readFileSync(join(wordNetDictPath(), `index.${pos}`), "latin1").split("\n");
    for (let i = 0; i < lines.length; i += step) {
      const lemma = lines[i]?.split(" ")[0] ?? "";
      if (!/^[a-z]+$/u.test(lemma)) continue;
      for (const form of wordnet.formsWithBase(lemma)) words.add(form);
    }
  }
  return [...words];
}

describe("synonyms found when first asked", () => {
  it("are the plain definition's over the bundled corpus, for each corpus word and its lemmas", () => {
    const corpus = [...buildIndexParts(bundledContent()).corpusWords];
    const lexicon = createLexicon(new Set(corpus));
    const plain = plainSynonyms(corpus);
    const asked = [...corpus, ...corpus.flatMap((w) => wordnet.baseForms(w)), "fight", "combat"];
    let withSynonyms = 0;
    for (const word of asked) {
      const synonyms = lexicon.synonyms(word);
      expect(synonyms, word).toEqual(plain(word));
      if (synonyms.length > 0) withSynonyms++;
    }
    // Not a comparison of empty lists: the corpus's words do have synonyms.
    expect(withSynonyms).toBeGreaterThan(20);
    expect(lexicon.synonyms("combat")).toContain("fight");
  });

  it("are the plain definition's over a corpus of WordNet lemmas and their forms", () => {
    const corpus = wordNetSample(40);
    const lexicon = createLexicon(corpus);
    const plain = plainSynonyms(corpus);
    let withSynonyms = 0;
    // Asked twice: what the lexicon remembers answers as the first look-up did.
    for (const round of [1, 2])
      for (const word of corpus) {
        const synonyms = lexicon.synonyms(word);
        expect(synonyms, `${word} (round ${round})`).toEqual(plain(word));
        if (synonyms.length > 0) withSynonyms++;
      }
    expect(withSynonyms).toBeGreaterThan(500);
  });

  it("lists among a word's forms every word whose base form it is", () => {
    const sample = wordNetSample(25);
    for (const word of sample)
      for (const lemma of wordnet.baseForms(word))
        expect(wordnet.formsWithBase(lemma)).toContain(word);
  });
});
