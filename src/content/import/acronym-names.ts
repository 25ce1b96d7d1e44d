/**
 * Organisations a text introduces with their acronym, "the Global Counter-Terrorism Forum
 * (GCTF)": the words before the parenthesis whose initials spell the acronym.
 */

/** A name and the acronym the text gives it, both verbatim from the text. */
export interface AcronymName {
  name: string;
  acronym: string;
}

/** 2 to 10 characters, starting with a capital, at least two capitals: GCTF, UNODC, G5, EU. */
const ACRONYM = /\(([A-Z][A-Za-z0-9&]{0,8}[A-Z0-9])\)/gu;
/** How far back a long name may start. */
const NAME_MAX_WORDS = 12;
/** Small words a long name may contain without giving a letter to the acronym. */
const CONNECTOR =
  /^(?:of|and|for|the|on|in|to|against|de|du|des|la|le|les|et|pour|contre|sur|d'|l')$/u;

/** Every "Long Name (ACRONYM)" in `text`, in order. */
export function findAcronymNames(text: string): AcronymName[] {
  const found: AcronymName[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    const acronym = match[1] ?? "";
    const letters = acronym.replace(/[^A-Z0-9]/gu, "");
    if (letters.replace(/\d/gu, "").length < 2) continue;
    const name = nameBefore(text.slice(0, match.index), letters);
    if (name !== undefined) found.push({ name, acronym });
  }
  return found;
}

/** The shortest run of words ending just before `(` whose initials spell `letters`. */
function nameBefore(before: string, letters: string): string | undefined {
  const words: Array<{ word: string; start: number }> = [];
  const tail = before.trimEnd();
  for (const match of tail.matchAll(/\S+/gu)) words.push({ word: match[0], start: match.index });
  // A name does not run across a clause: stop at a word that ends with punctuation.
  let first = words.length - 1;
  while (
    first > 0 &&
    words.length - first < NAME_MAX_WORDS &&
    !/[,;:.!?)]$/u.test(words[first - 1]?.word ?? "")
  )
    first--;
  for (let start = words.length - 1; start >= first; start--) {
    const run = words.slice(start).map((w) => w.word.replace(/[’]/gu, "'"));
    if (/^\p{Lu}/u.test(run[0] ?? "") && spells(run, 0, letters, 0)) {
      return tail
        .slice(words[start]?.start ?? 0)
        .replace(/["“”]/gu, "")
        .trim();
    }
  }
  return undefined;
}

/** True when words[i..] can spell letters[j..] (initials, hyphen parts, or all-caps words). */
function spells(words: readonly string[], i: number, letters: string, j: number): boolean {
  if (i === words.length) return j === letters.length;
  const word = words[i] ?? "";
  const next = (used: number) =>
    j + used <= letters.length && spells(words, i + 1, letters, j + used);
  const initial = (word[0] ?? "").toUpperCase();
  if (CONNECTOR.test(word.toLowerCase()) && word[0] === word[0]?.toLowerCase()) {
    return next(0) || (initial === letters[j] && next(1));
  }
  if (!/^[\p{Lu}\p{N}]/u.test(word)) return false;
  if (initial === letters[j] && next(1)) return true;
  const parts = word.split(/[-‐]/u).filter(Boolean);
  const partInitials = parts.map((p) => (p[0] ?? "").toUpperCase()).join("");
  if (parts.length > 1 && letters.startsWith(partInitials, j) && next(partInitials.length))
    return true;
  const capitals = word.replace(/[^A-Z0-9]/gu, "");
  return (
    word === capitals &&
    capitals.length > 1 &&
    letters.startsWith(capitals, j) &&
    next(capitals.length)
  );
}
