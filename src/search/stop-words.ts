/**
 * English words too common to search on. Aliases that collide with one of these (IS, US) only
 * match when typed in capitals: see name-index.ts.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been " +
    "before being below between both but by can can't cannot could couldn't did didn't do does " +
    "doesn't doing don't down during each few for from further had hadn't has hasn't have " +
    "haven't having he her here hers herself him himself his how i if in into is isn't it it's " +
    "its itself just let's me more most mustn't my myself no nor not of off on once only or " +
    "other ought our ours ourselves out over own s same us say says said shan't she should " +
    "shouldn't so some such t than that that's the their theirs them themselves then there " +
    "there's these they this those through to too under until up very was wasn't we were " +
    "weren't what what's when where which while who whom why will with won't would wouldn't " +
    "you your yours yourself yourselves tell show find give please many much everyone " +
    "everybody anyone anybody someone somebody something anything everything"
  ).split(" "),
);

/** True when `word` (lower case) carries no meaning for search. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
