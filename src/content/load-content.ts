/**
 * Loads and validates every content pack under a directory into one {@link Content}.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ContentError, type ContentIssue } from "../runtime/errors.js";
import { checkPacks } from "./check-content.js";
import { foldWhitespace } from "./fold-text.js";
import { type RawPack, readPack } from "./read-pack.js";
import { resolveConcepts } from "./resolve-concepts.js";
import type { Content, Entity, Passage, Source, Topic } from "./types.js";

/**
 * Loads every pack (a folder with a source.yaml) under `dirs`, in folder-name order.
 * Throws {@link ContentError} listing every problem when anything is invalid.
 *
 * @example
 * const content = loadContent([defaultContentDir()]);
 */
export function loadContent(dirs: readonly string[]): Content {
  const issues: ContentIssue[] = [];
  const packs: RawPack[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      issues.push({ file: dir, message: "content directory not found" });
      continue;
    }
    const folders = readdirSync(dir)
      .filter((name) => existsSync(join(dir, name, "source.yaml")))
      .sort();
    if (folders.length === 0)
      issues.push({
        file: dir,
        // Given a pack itself: say which folder to give instead.
        message: existsSync(join(dir, "source.yaml"))
          ? `this is one pack: give the folder that holds packs, ${dirname(resolve(dir))}`
          : "no content pack (a folder with source.yaml)",
      });
    for (const folder of folders) {
      const pack = readPack(join(dir, folder), folder, issues);
      if (pack) packs.push(pack);
    }
  }
  if (issues.length === 0) checkPacks(packs, issues);
  if (issues.length > 0) throw new ContentError(issues);
  return assemble(packs);
}

/** Builds the lookup maps; packs are valid here. Same-id topics and entities merge across packs. */
function assemble(packs: RawPack[]): Content {
  const sources: Source[] = [];
  const passages: Passage[] = [];
  const topics = new Map<string, Topic>();
  const entities = new Map<string, Entity>();
  const facts = packs.flatMap((pack) =>
    pack.facts.map((f) => ({
      id: f.id,
      headline: f.headline,
      ...(f.fr === undefined ? {} : { frenchHeadline: f.fr.headline }),
      quote: foldWhitespace(f.quote),
      passageId: f.passage,
    })),
  );

  for (const pack of packs) {
    const { text: _file, url, ...meta } = pack.source;
    sources.push({ ...meta, ...(url === undefined ? {} : { url }), text: pack.text });
    for (const p of pack.passages) {
      passages.push({
        id: p.id,
        sourceId: pack.source.id,
        section: p.section,
        text: foldWhitespace(p.text),
        ...(p.dateLabel === undefined ? {} : { dateLabel: p.dateLabel }),
        ...(p.dateNote === undefined ? {} : { dateNote: foldWhitespace(p.dateNote) }),
        order: passages.length,
      });
    }
    for (const t of pack.topics) {
      const topic: Topic = topics.get(t.id) ?? {
        id: t.id,
        title: t.title,
        summary: t.summary,
        aliases: [],
        passageIds: [],
      };
      // The first pack that gives the topic a French text names it, as for its English one.
      if (topic.french === undefined && t.fr !== undefined) topic.french = { ...t.fr };
      topic.aliases = union(topic.aliases, t.aliases);
      topic.passageIds = union(topic.passageIds, t.passages);
      topics.set(t.id, topic);
    }
    for (const e of pack.entities) {
      const entity = entities.get(e.id) ?? {
        id: e.id,
        name: e.name,
        kinds: [],
        aliases: [],
        frenchNames: [],
        passageIds: [],
      };
      entity.kinds = union(entity.kinds, e.kinds);
      entity.aliases = union(entity.aliases, e.aliases);
      entity.frenchNames = union(entity.frenchNames, e.fr);
      entity.passageIds = union(entity.passageIds, e.passages);
      if (e.about !== undefined)
        entity.aboutPassageIds = union(entity.aboutPassageIds ?? [], e.about);
      entities.set(e.id, entity);
    }
  }

  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.id, x]));
  return {
    sources,
    passages,
    topics: [...topics.values()],
    entities: [...entities.values()],
    facts,
    concepts: resolveConcepts(packs.flatMap((pack) => pack.concepts)),
    glossary: packs.flatMap((pack) =>
      pack.glossary.map((entry) => ({ french: entry.fr, english: entry.en })),
    ),
    sourceById: byId(sources),
    passageById: byId(passages),
    topicById: byId([...topics.values()]),
    entityById: byId([...entities.values()]),
    factById: byId(facts),
  };
}

/** `a` then `b`, each item once, in first-seen order. */
function union<T>(a: readonly T[], b: readonly T[]): T[] {
  // Lists here are short (a few aliases, kinds, passages): scanning beats building a Set,
  // and every entity and topic goes through here at start-up.
  if (a.length + b.length > 32) return [...new Set([...a, ...b])];
  const out: T[] = [];
  for (const list of [a, b]) for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}
