/**
 * Cross-file rules of the content pack: ids unique, references resolve, passages and quotes
 * verbatim, entities really mentioned where they are said to be.
 */
import type { ContentIssue } from "../runtime/errors.js";
import { checkGlossaries } from "./check-glossary.js";
import { hasFoldedPhrase } from "./find-phrase.js";
import { foldForMatch, foldWhitespace } from "./fold-text.js";
import type { RawPack } from "./read-pack.js";

/** Checks the packs together and pushes every problem found to `issues`. */
export function checkPacks(packs: RawPack[], issues: ContentIssue[]): void {
  const passageText = new Map<string, string>();
  const firstSeen = new Map<string, string>();
  const unique = (kind: string, id: string, file: string) => {
    const key = `${kind}:${id}`;
    const seen = firstSeen.get(key);
    if (seen === undefined) firstSeen.set(key, file);
    else issues.push({ file, entry: id, message: `duplicate ${kind} id (first in ${seen})` });
  };

  for (const pack of packs) {
    unique("source", pack.source.id, `${pack.folder}/source.yaml`);
    const file = `${pack.folder}/passages.yaml`;
    const sourceText = foldWhitespace(pack.text);
    // Passages are listed in reading order: each is looked for from where the previous one
    // starts, so checking a pack reads its source about once (linear, not passages × source).
    let from = 0;
    for (const passage of pack.passages) {
      unique("passage", passage.id, file);
      const text = foldWhitespace(passage.text);
      passageText.set(passage.id, text);
      const at = sourceText.indexOf(text, from);
      if (at >= 0) {
        from = at;
        continue;
      }
      const problem = verbatimProblem(text, sourceText);
      if (problem) {
        issues.push({
          file,
          entry: passage.id,
          message: `text is not verbatim in the source: ${problem}`,
        });
      }
    }
  }

  // Each passage folded once for every name and concept looked for in it (folding it per
  // look-up made the check grow with passages × names).
  const foldedText = new Map<string, string>();
  for (const [id, text] of passageText) foldedText.set(id, foldForMatch(text));
  // Every passage at once, for phrases looked for in any passage: a phrase (whitespace folded)
  // never holds a line break, so it is found here exactly when some passage holds it.
  const allFolded = [...foldedText.values()].join("\n");
  const aliasOwner = new Map<string, string>();
  for (const pack of packs) {
    const topicsFile = `${pack.folder}/topics.yaml`;
    const entitiesFile = `${pack.folder}/entities.yaml`;
    const factsFile = `${pack.folder}/facts.yaml`;
    const ownIds = new Set<string>();
    for (const topic of pack.topics) {
      if (ownIds.has(topic.id))
        issues.push({ file: topicsFile, entry: topic.id, message: "duplicate topic id" });
      ownIds.add(topic.id);
      checkRefs(topic.passages, passageText, topicsFile, topic.id, issues);
    }
    ownIds.clear();
    for (const entity of pack.entities) {
      if (ownIds.has(entity.id))
        issues.push({ file: entitiesFile, entry: entity.id, message: "duplicate entity id" });
      ownIds.add(entity.id);
      checkRefs(entity.passages, passageText, entitiesFile, entity.id, issues);
      for (const about of entity.about ?? [])
        if (!entity.passages.includes(about))
          issues.push({
            file: entitiesFile,
            entry: entity.id,
            message: `about lists "${about}", which is not one of its passages`,
          });
      const names = [entity.name, ...entity.aliases];
      // Each name folded once for all its passages and for the alias check.
      const foldedNames = names.map(foldForMatch);
      for (const passageId of entity.passages) {
        const folded = foldedText.get(passageId);
        if (folded !== undefined && !foldedNames.some((name) => hasFoldedPhrase(folded, name))) {
          issues.push({
            file: entitiesFile,
            entry: entity.id,
            message: `passage "${passageId}" mentions none of its names (${names.join(", ")})`,
          });
        }
      }
      const allNames = [...names, ...entity.fr];
      for (const [i, name] of allNames.entries()) {
        const key = foldedNames[i] ?? foldForMatch(name);
        const owner = aliasOwner.get(key);
        if (owner !== undefined && owner !== entity.id) {
          issues.push({
            file: entitiesFile,
            entry: entity.id,
            message: `alias "${name}" also names "${owner}"`,
          });
        }
        aliasOwner.set(key, entity.id);
      }
    }
    checkConcepts(pack, allFolded, issues);
    for (const fact of pack.facts) {
      unique("fact", fact.id, factsFile);
      const text = passageText.get(fact.passage);
      if (text === undefined) {
        issues.push({
          file: factsFile,
          entry: fact.id,
          message: `unknown passage "${fact.passage}"`,
        });
        continue;
      }
      const problem = verbatimProblem(fact.quote, text);
      if (problem) {
        issues.push({
          file: factsFile,
          entry: fact.id,
          message: `quote is not verbatim in passage "${fact.passage}": ${problem}`,
        });
      }
    }
  }
  checkGlossaries(packs, allFolded, issues);
}

/**
 * Concept ids are unique in a pack, and each concept says something some passage says.
 * `allFolded` is every passage folded for matching, one per line.
 */
function checkConcepts(pack: RawPack, allFolded: string, issues: ContentIssue[]): void {
  const file = `${pack.folder}/concepts.yaml`;
  const seen = new Set<string>();
  const regionNames = new Set(
    pack.concepts.filter((c) => c.kind === "region").flatMap((c) => c.names.map(foldForMatch)),
  );
  for (const concept of pack.concepts) {
    if (seen.has(concept.id))
      issues.push({ file, entry: concept.id, message: "duplicate concept id" });
    seen.add(concept.id);
    const phrases = concept.kind === "concept" ? concept.means : concept.places;
    // A region may reach the text only through a nested region: that one is checked itself.
    const found = phrases.some((phrase) => {
      const folded = foldForMatch(phrase);
      return regionNames.has(folded) || hasFoldedPhrase(allFolded, folded);
    });
    if (!found)
      issues.push({
        file,
        entry: concept.id,
        message: `no passage says any of ${phrases.join(", ")}: the concept would find nothing`,
      });
  }
}

function checkRefs(
  ids: string[],
  passageText: ReadonlyMap<string, string>,
  file: string,
  entry: string,
  issues: ContentIssue[],
): void {
  for (const id of ids) {
    if (!passageText.has(id)) issues.push({ file, entry, message: `unknown passage "${id}"` });
  }
  if (hasDuplicate(ids)) issues.push({ file, entry, message: "lists a passage twice" });
}

/** True when some id is listed twice. Lists are short: a scan beats building a Set. */
function hasDuplicate(ids: readonly string[]): boolean {
  if (ids.length > 32) return new Set(ids).size !== ids.length;
  for (let i = 1; i < ids.length; i++) if (ids.indexOf(ids[i] ?? "") < i) return true;
  return false;
}

/**
 * Returns undefined when `excerpt` (whitespace folded) is a substring of `whole`, else says
 * where it stops matching, e.g. `word 12 differs ("seven leading partners")`.
 */
export function verbatimProblem(excerpt: string, whole: string): string | undefined {
  const needle = foldWhitespace(excerpt);
  if (whole.includes(needle)) return undefined;
  // Grow the longest matching prefix word by word to point at the first word that differs.
  const words = needle.split(" ");
  let matched = 0;
  while (matched < words.length && whole.includes(words.slice(0, matched + 1).join(" "))) matched++;
  const differs = words.slice(matched, matched + 4).join(" ");
  return `word ${matched + 1} differs ("${differs}")`;
}
