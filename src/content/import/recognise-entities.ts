/**
 * Finds the entities a document names and links each to the passages that name it: entities
 * already known to a pack (same id, so packs merge), organisations introduced with an
 * acronym, and countries from the country-names dataset.
 */
import { CONTENT_ID_MAX } from "../content-schema.js";
import { foldForMatch } from "../fold-text.js";
import type { EntityKind } from "../types.js";
import { findAcronymNames } from "./acronym-names.js";
import type { IdentifiedPassage } from "./assign-passage-ids.js";
import { countryNames } from "./country-names.js";
import { createPhraseMatcher, type Phrase } from "./phrase-matcher.js";
import { slugify } from "./slug.js";

/** An entity as entities.yaml holds it. */
export interface EntityEntry {
  id: string;
  name: string;
  kinds: EntityKind[];
  aliases: string[];
  passages: string[];
}

/** A known entity: from this pack's previous import first, then from the other packs. */
export type KnownEntity = Omit<EntityEntry, "passages">;

/** Short all-capital aliases (US, IS, UN, G8) are words too; they match only in capitals. */
const CAPITALS_ONLY = /^[A-Z0-9.&-]{1,6}$/u;

/**
 * Returns the entities named in `passages`, each with the passages naming it, in order of
 * first mention. `known` are listed with priority first; their names are never given to
 * another entity. New entities (countries, acronyms) are `subject`s for an editor to promote.
 */
export function recogniseEntities(
  passages: readonly IdentifiedPassage[],
  known: readonly KnownEntity[],
): EntityEntry[] {
  const candidates: KnownEntity[] = [];
  const byId = new Map<string, KnownEntity>();
  const owner = new Map<string, KnownEntity>();
  const claim = (entity: KnownEntity, name: string) => {
    const key = foldForMatch(name);
    if (owner.has(key) && owner.get(key) !== entity) return false;
    owner.set(key, entity);
    return true;
  };
  const addKnown = (entity: KnownEntity) => {
    const existing = byId.get(entity.id);
    if (existing) {
      for (const alias of entity.aliases)
        if (!existing.aliases.includes(alias) && claim(existing, alias))
          existing.aliases.push(alias);
      return;
    }
    const copy = { ...entity, kinds: [...entity.kinds], aliases: [] as string[] };
    if (!claim(copy, copy.name)) return;
    for (const alias of entity.aliases) if (claim(copy, alias)) copy.aliases.push(alias);
    byId.set(copy.id, copy);
    candidates.push(copy);
  };
  for (const entity of known) addKnown(entity);

  /** A new name joins the entity that already owns one of its names, else becomes one. */
  const addFound = (name: string, aliases: readonly string[], idBase: string) => {
    const names = [name, ...aliases];
    const existing = names.map((n) => owner.get(foldForMatch(n))).find((e) => e !== undefined);
    if (existing) {
      for (const n of names)
        if (!existing.aliases.includes(n) && n !== existing.name && claim(existing, n))
          existing.aliases.push(n);
      return;
    }
    let id = slugify(idBase, CONTENT_ID_MAX, "entity");
    if (byId.has(id)) id = slugify(name, CONTENT_ID_MAX, "entity");
    if (byId.has(id)) return;
    const entity: KnownEntity = { id, name, kinds: ["subject"], aliases: [] };
    if (!claim(entity, name)) return;
    for (const alias of aliases) if (claim(entity, alias)) entity.aliases.push(alias);
    byId.set(id, entity);
    candidates.push(entity);
  };
  for (const passage of passages)
    for (const { name, acronym } of findAcronymNames(passage.text))
      addFound(name, [acronym], acronym);
  const datasetNames = new Set<string>();
  for (const country of countryNames()) {
    addFound(country.name, country.aliases, country.name);
    for (const n of [country.name, ...country.aliases]) datasetNames.add(n);
  }

  const phrases: Array<Phrase<KnownEntity>> = candidates.flatMap((entity) =>
    [entity.name, ...entity.aliases].map((phrase) => ({
      phrase,
      caseSensitive: CAPITALS_ONLY.test(phrase) || datasetNames.has(phrase),
      owner: entity,
    })),
  );
  const matcher = createPhraseMatcher(phrases);
  const linked = new Map<KnownEntity, string[]>();
  for (const passage of passages) {
    for (const entity of matcher.owners(passage.text)) {
      const ids = linked.get(entity);
      if (ids) ids.push(passage.id);
      else linked.set(entity, [passage.id]);
    }
  }
  return [...linked].map(([entity, ids]) => ({ ...entity, passages: ids }));
}
