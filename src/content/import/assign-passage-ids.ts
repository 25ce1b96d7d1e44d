/**
 * Gives each new passage an id: the id it had in the previous import when its text is the
 * same (or, within the same section, mostly the same), else a fresh readable one
 * (`section-slug-3`). History and buttons already sent refer to passage ids, so an
 * unchanged passage keeps its id across imports and a removed id is never reused.
 */
import { foldWhitespace } from "../fold-text.js";
import type { DraftPassage } from "./segment-passages.js";
import { slugify } from "./slug.js";

/** A passage with its id, as passages.yaml holds it. */
export interface IdentifiedPassage extends DraftPassage {
  id: string;
}

/** What a re-import did to the passages, by id. */
export interface PassageChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** Two versions of a passage with at least this share of words in common are "changed". */
export const SAME_PASSAGE_SIMILARITY = 0.5;
/** Section slugs are cut (at a dash) to keep passage ids short and readable. */
const SECTION_SLUG_MAX = 32;

/**
 * Assigns ids to `drafts`. `previous` are the pack's passages before this import (empty on a
 * first import); `reserved` are ids taken elsewhere (other packs' passages).
 */
export function assignPassageIds(
  drafts: readonly DraftPassage[],
  previous: ReadonlyArray<{ id: string; section: string; text: string }>,
  reserved: ReadonlySet<string>,
): { passages: IdentifiedPassage[]; changes: PassageChanges } {
  const unclaimed = new Map(previous.map((p) => [p.id, { ...p, text: foldWhitespace(p.text) }]));
  const byText = new Map<string, string[]>();
  for (const old of unclaimed.values())
    byText.set(old.text, [...(byText.get(old.text) ?? []), old.id]);
  const ids: Array<string | undefined> = drafts.map((draft) => {
    const id = byText.get(draft.text)?.shift();
    if (id !== undefined) unclaimed.delete(id);
    return id;
  });
  const changed: string[] = [];
  drafts.forEach((draft, i) => {
    if (ids[i] !== undefined) return;
    let best: { id: string; score: number } | undefined;
    for (const old of unclaimed.values()) {
      if (old.section !== draft.section) continue;
      const score = similarity(old.text, draft.text);
      if (score >= SAME_PASSAGE_SIMILARITY && score > (best?.score ?? 0))
        best = { id: old.id, score };
    }
    if (best) {
      unclaimed.delete(best.id);
      ids[i] = best.id;
      changed.push(best.id);
    }
  });
  const used = new Set([...reserved, ...previous.map((p) => p.id)]);
  const next = new Map<string, number>();
  const added: string[] = [];
  const passages = drafts.map((draft, i) => {
    let id = ids[i];
    if (id === undefined) {
      const base = slugify(draft.section, SECTION_SLUG_MAX);
      let n = next.get(base) ?? 1;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
      used.add(id);
      added.push(id);
    }
    return { ...draft, id };
  });
  return { passages, changes: { added, changed, removed: [...unclaimed.keys()] } };
}

/** Share of distinct words the two texts have in common (Jaccard index over lower case). */
function similarity(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  const total = left.size + right.size - common;
  return total === 0 ? 0 : common / total;
}
