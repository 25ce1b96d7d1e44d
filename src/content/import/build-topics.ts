/**
 * One topic per top-level section, in reading order, merged with the pack's previous topics
 * so an editor's titles, summaries, aliases and extra passages survive a re-import.
 */
import { CONTENT_ID_MAX } from "../content-schema.js";
import type { IdentifiedPassage } from "./assign-passage-ids.js";
import { slugify, uniqueId } from "./slug.js";

/** A topic as topics.yaml holds it. */
export interface TopicEntry {
  id: string;
  title: string;
  summary: string;
  aliases: string[];
  passages: string[];
}

/**
 * Builds the topics of `passages`. A previous topic with the same id keeps its title, summary
 * and aliases and adds its passages that still exist; a previous topic the import does not
 * generate (an editor's own) is kept with its passages that still exist, or dropped if none.
 * `reserved` are topic ids of other packs: a generated topic does not merge into them.
 */
export function buildTopics(
  passages: readonly IdentifiedPassage[],
  documentTitle: string,
  previous: readonly TopicEntry[],
  reserved: ReadonlySet<string>,
): TopicEntry[] {
  const order = new Map(passages.map((p, i) => [p.id, i]));
  const used = new Set([...reserved].filter((id) => !previous.some((t) => t.id === id)));
  const bySection = new Map<string, TopicEntry>();
  for (const passage of passages) {
    let topic = bySection.get(passage.topSection);
    if (topic === undefined) {
      const id = uniqueId(
        slugify(passage.topSection, CONTENT_ID_MAX, "topic"),
        used,
        CONTENT_ID_MAX,
      );
      topic = {
        id,
        title: passage.topSection,
        summary: `The section "${passage.topSection}" of ${documentTitle}.`,
        aliases: [],
        passages: [],
      };
      bySection.set(passage.topSection, topic);
    }
    topic.passages.push(passage.id);
  }
  const generated = [...bySection.values()];
  const result = generated.map((topic) => {
    const old = previous.find((t) => t.id === topic.id);
    if (old === undefined) return topic;
    const kept = old.passages.filter((id) => order.has(id));
    const ids = [...new Set([...kept, ...topic.passages])].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    return { ...old, passages: ids };
  });
  for (const old of previous) {
    if (generated.some((t) => t.id === old.id)) continue;
    const kept = old.passages.filter((id) => order.has(id));
    if (kept.length > 0) result.push({ ...old, passages: kept });
  }
  return result;
}
