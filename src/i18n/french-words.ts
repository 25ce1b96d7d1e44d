/**
 * What ct-bot knows of French words: which carry no meaning for search (stop words) and the
 * stem a word is compared by. Words are compared folded (lower case, no accents), as
 * src/content/fold-text.ts folds every match.
 *
 * Stop words: Snowball's French stop list (@orama/stopwords/french), plus the question and
 * request words people put around a search ("comment", "pourquoi", "montrez-moi"), which a stop
 * list for indexing prose leaves out. Stemming: the Snowball French stemmer
 * (@orama/stemmers/french, compiled from the Snowball algorithm).
 */
import { stemmer } from "@orama/stemmers/french";
import { stopwords } from "@orama/stopwords/french";
import { foldCase } from "../content/fold-text.js";

/**
 * Question and request words of a French search that Snowball's list (made for prose) lacks,
 * and the prepositions and adverbs whose English equivalents src/search/stop-words.ts drops.
 * Ours; each is a word people type around what they look for, never a word of the topic.
 */
const QUESTION_WORDS =
  "comment pourquoi quoi quand combien quelqu lequel laquelle lesquels lesquelles dont " +
  "jusqu lorsqu puisqu quoiqu ya dites dis dire montre montrez montrer donne donnez donner " +
  "cherche cherchez chercher trouve trouvez trouver parle parlez parler explique expliquez " +
  "expliquer svp plait voudrais veux peux pouvez savoir sait dit tout tous toute toutes " +
  "concernant propos sujet fait font fais faites ca " +
  // Prepositions and adverbs English's list has too (under, towards, during, more, also…).
  "sous vers chez depuis pendant selon parmi ainsi aussi tres plus moins autre autres donc " +
  "alors car comme si";

const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  [...stopwords, ...QUESTION_WORDS.split(" ")].filter((w) => w.trim() !== "").map(foldCase),
);

/**
 * True when `word` (folded: lower case, no accents) is a French word that carries no meaning
 * for search: an article, pronoun, auxiliary, question or request word.
 *
 * @example
 * isFrenchStopWord("les"); // true
 * isFrenchStopWord("terrorisme"); // false
 */
export function isFrenchStopWord(word: string): boolean {
  return FRENCH_STOP_WORDS.has(word);
}

/** Stems kept: the glossary's words and the words of recent queries. */
const STEM_CACHE_SIZE = 5000;
const stems = new Map<string, string>();

/**
 * The Snowball French stem of `word`, folded the way matching folds (accents off first, so a
 * word typed with or without accents has one stem).
 *
 * @example
 * frenchStem("financements"); // "financ"
 * frenchStem("sécurité") === frenchStem("securite"); // true
 */
export function frenchStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(foldCase(word));
    // Bounded: unseen queries must not grow memory without end. Oldest entry goes first.
    if (stems.size >= STEM_CACHE_SIZE) {
      const oldest = stems.keys().next().value;
      if (oldest !== undefined) stems.delete(oldest);
    }
    stems.set(word, stem);
  }
  return stem;
}
