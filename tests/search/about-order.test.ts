/**
 * The about-order is worked out per entity when first asked (src/search/about-entity.ts): a
 * passage's mentions are scanned once and shared by every entity that lists it, so the order an
 * entity gets must not depend on which entities were asked about before it.
 */
import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/search-index.js";
import { bundledContent } from "../helpers/content.js";

const content = bundledContent();

/** Every entity's about-order, asking the entities in `entities` order on a fresh index. */
function orders(entities: typeof content.entities): Map<string, string[]> {
  const index = createSearchIndex(content);
  return new Map(
    entities.map((entity) => [entity.id, index.aboutEntity(entity).map((h) => h.passage.id)]),
  );
}

describe("about-order worked out on demand", () => {
  it("gives each entity the same order whichever entity is asked first", () => {
    const forward = orders(content.entities);
    const backward = orders([...content.entities].reverse());
    expect(forward.size).toBeGreaterThan(10);
    for (const [id, order] of forward) expect(backward.get(id)).toEqual(order);
    // The ranking set's own example, asked last here: the paragraph about the GCTF leads.
    expect(forward.get("gctf")).toEqual(["gctf", "ct-commitment"]);
  });

  it("leads a search naming an entity with the passage about it, first query on the index", () => {
    const index = createSearchIndex(content);
    const found = index.search("GCTF");
    expect("hits" in found && found.hits[0]?.passage.id).toBe("gctf");
    // A text search matching the entity's term reads its about-passages (made by that query).
    const text = createSearchIndex(content).search("GCTF forum cooperation");
    expect("hits" in text && text.hits[0]?.passage.id).toBe("gctf");
  });
});
