/**
 * Which language a search query is in, for a query of a few words: the words' own evidence
 * (French or English stop words, French glossary terms and phrases, French names, accents)
 * decides; the person's
 * language (when the caller knows it) and a trigram detector (franc-min, restricted to English
 * and French) only tip a close call. Short queries defeat detectors alone: franc-min calls
 * "otages rançon" English and "Sahel" French.
 */
import { createRequire } from "node:module";
import { isFrenchStopWord } from "../i18n/french-words.js";
import type { Language } from "../i18n/language.js";
import { isStopWord } from "./stop-words.js";
import type { Token } from "./tokenize.js";

/** What the evidence is read against. */
export interface LanguageSignals {
  /** True when `word` (folded) is a word of a French glossary term, as the glossary writes it. */
  isFrenchTerm(word: string): boolean;
  /** True when `word` (folded) is a word of the (English) text. */
  isCorpusWord(word: string): boolean;
  /** True when `word` (folded) is by itself a name ("un", "eu": the UN, the EU, in English). */
  isName(word: string): boolean;
  /** True when `word` (folded) is a word of an entity's French names only ("inde", "unies"). */
  isFrenchName(word: string): boolean;
  /** True when `word` (folded) is an English word (WordNet). */
  isEnglish(word: string): boolean;
  /**
   * The positions in `words` of French glossary terms of two words or more ("assistance
   * technique", "justice penale"): French word order, whatever each word is alone.
   */
  frenchPhrases(words: readonly Token[]): ReadonlySet<number>;
}

/** Letters French writes and English does not. */
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/iu;

/**
 * Weights, in words of evidence. The person's language and the detector each weigh less than
 * one word; so does a glossary word that English also has ("sanctions", "principes", which
 * WordNet knows as the island of Príncipe): it counts, but the detector or the hint decide.
 */
const HINT_WEIGHT = 0.5;
const DETECTOR_WEIGHT = 0.5;
const SHARED_WORD_WEIGHT = 0.5;

type Franc = (text: string, options: { minLength: number; only: string[] }) => string;
let franc: Franc | undefined;

/** franc-min, loaded on first use: its trigram data takes ~0.1 s to load, and few queries need it. */
function detector(): Franc {
  if (franc === undefined) {
    const require = createRequire(import.meta.url);
    franc = (require("franc-min") as { franc: Franc }).franc;
  }
  return franc;
}

/**
 * The language of the query whose words (tokens without joined forms) are `words`. `hint` is
 * the person's language when known. English unless French wins: a query with no French word
 * (no French stop word, glossary term, French name or accent) is English, so English queries
 * search exactly as they always did.
 *
 * @example
 * queryLanguage(parseQuery("Quels sont les principes ?").words, signals); // "fr"
 * queryLanguage(parseQuery("Sahel").words, signals, "fr"); // "fr": nothing says otherwise
 */
export function queryLanguage(
  words: readonly Token[],
  signals: LanguageSignals,
  hint?: Language,
): Language {
  let french = 0;
  let english = 0;
  const inPhrase = signals.frenchPhrases(words);
  for (const [i, { word, raw }] of words.entries()) {
    const englishStop = isStopWord(word);
    const isEnglish = englishStop || signals.isEnglish(word);
    if (
      inPhrase.has(i) ||
      (isFrenchStopWord(word) && !englishStop && !signals.isName(word)) ||
      FRENCH_LETTERS.test(raw) ||
      signals.isFrenchName(word)
    )
      french++;
    else if (signals.isFrenchTerm(word) && !englishStop && !signals.isCorpusWord(word))
      french += isEnglish ? SHARED_WORD_WEIGHT : 1;
    else if (isEnglish) english++;
  }
  let score = french - english;
  if (hint !== undefined) score += hint === "fr" ? HINT_WEIGHT : -HINT_WEIGHT;
  // The detector reads letters, not words: it only tips a close call the words started.
  if (french > 0 && Math.abs(french - english) <= 1) {
    const text = words.map((w) => w.raw).join(" ");
    const detected = detector()(text, { minLength: 1, only: ["eng", "fra"] });
    if (detected === "fra") score += DETECTOR_WEIGHT;
    else if (detected === "eng") score -= DETECTOR_WEIGHT;
  }
  if (french === 0 && hint !== "fr") return "en";
  return score > 0 ? "fr" : "en";
}
