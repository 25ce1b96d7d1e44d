/**
 * Candidate daily facts: from each passage, its first whole sentence of a readable length,
 * quoted verbatim, under a headline made from the section and marked `generated` for an
 * editor to review. A re-import keeps the headlines an editor wrote and the facts they
 * reviewed (no `generated` mark) while their quote is still in the passage.
 */
import { CONTENT_ID_MAX, FACT_HEADLINE_MAX, FACT_QUOTE_MAX } from "../content-schema.js";
import { foldWhitespace } from "../fold-text.js";
import type { IdentifiedPassage } from "./assign-passage-ids.js";
import { uniqueId } from "./slug.js";

/** A fact as facts.yaml holds it. */
export interface FactEntry {
  id: string;
  headline: string;
  /** Our French headline, when an editor wrote one. */
  fr?: { headline: string } | undefined;
  passage: string;
  quote: string;
  generated?: boolean | undefined;
}

/** Shorter sentences are rarely worth a daily post on their own. */
export const FACT_QUOTE_MIN = 60;

/**
 * Picks facts for `passages`; `previous` are the pack's facts before this import, `reserved`
 * fact ids of other packs.
 */
export function pickFacts(
  passages: readonly IdentifiedPassage[],
  language: string,
  previous: readonly FactEntry[],
  reserved: ReadonlySet<string>,
): FactEntry[] {
  const sentences = new Intl.Segmenter(language, { granularity: "sentence" });
  const textOf = new Map(passages.map((p) => [p.id, p.text]));
  const stillValid = (fact: FactEntry) => {
    const text = textOf.get(fact.passage);
    return text?.includes(foldWhitespace(fact.quote)) === true;
  };
  const previousById = new Map(previous.map((f) => [f.id, f]));
  const used = new Set(reserved);
  for (const fact of previous) used.add(fact.id);
  const facts: FactEntry[] = [];
  const covered = new Set<string>();
  // Facts an editor reviewed or wrote stay first, as long as they are still verbatim.
  for (const fact of previous) {
    if (fact.generated !== true && stillValid(fact)) {
      facts.push(fact);
      covered.add(fact.passage);
    }
  }
  for (const passage of passages) {
    if (covered.has(passage.id)) continue;
    const quote = [...sentences.segment(passage.text)]
      .map((s) => s.segment.trim())
      .find((s) => s.length >= FACT_QUOTE_MIN && s.length <= FACT_QUOTE_MAX && /[.!?]$/u.test(s));
    if (quote === undefined) continue;
    const base = `${passage.id.slice(0, CONTENT_ID_MAX - 5).replace(/-+$/u, "")}-fact`;
    const old = previousById.get(base);
    const id = old?.passage === passage.id ? base : uniqueId(base, used, CONTENT_ID_MAX);
    facts.push({
      id,
      headline: old?.passage === passage.id ? old.headline : headline(passage.section),
      // An editor's French headline stays with the headline it translates.
      ...(old?.passage === passage.id && old.fr !== undefined ? { fr: old.fr } : {}),
      passage: passage.id,
      quote,
      generated: true,
    });
  }
  return facts;
}

/** The section title, cut at a word to fit {@link FACT_HEADLINE_MAX}. */
function headline(section: string): string {
  if (section.length <= FACT_HEADLINE_MAX) return section;
  const cut = section.slice(0, FACT_HEADLINE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
