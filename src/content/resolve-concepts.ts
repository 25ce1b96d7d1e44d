/**
 * Turns the concepts.yaml entries of every pack into {@link Concept}s: same-id entries merge,
 * and a region's places that name another region are replaced by that region's places.
 */
import type { ConceptsFile } from "./content-schema.js";
import { foldForMatch } from "./fold-text.js";
import type { Concept } from "./types.js";

/** Merges `entries` by id and resolves nested regions (cycles are cut, not followed). */
export function resolveConcepts(entries: ConceptsFile): Concept[] {
  const byId = new Map<string, Concept>();
  for (const entry of entries) {
    const concept = byId.get(entry.id) ?? {
      id: entry.id,
      kind: entry.kind,
      names: [],
      phrases: [],
    };
    const phrases = entry.kind === "concept" ? entry.means : entry.places;
    concept.names = [...new Set([...concept.names, ...entry.names])];
    concept.phrases = [...new Set([...concept.phrases, ...phrases])];
    byId.set(entry.id, concept);
  }
  const regionByName = new Map<string, Concept>();
  for (const concept of byId.values())
    if (concept.kind === "region")
      for (const name of concept.names) regionByName.set(foldForMatch(name), concept);

  const placesOf = (region: Concept, seen: Set<string>): string[] =>
    region.phrases.flatMap((place) => {
      const nested = regionByName.get(foldForMatch(place));
      if (nested === undefined || seen.has(nested.id)) return [place];
      return [place, ...placesOf(nested, new Set([...seen, nested.id]))];
    });
  return [...byId.values()].map((concept) =>
    concept.kind === "region"
      ? { ...concept, phrases: [...new Set(placesOf(concept, new Set([concept.id])))] }
      : concept,
  );
}
