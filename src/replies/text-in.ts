/**
 * Our own content text (topic titles and summaries, fact headlines) in the reader's language.
 * Quotes never go through here: they stay verbatim in their source's language.
 */
import type { Fact, Topic } from "../content/types.js";
import type { Language } from "../i18n/language.js";

/**
 * The title and summary to show for `topic` in `language`: its French ones in French
 * (topics.yaml `fr:`), else its English ones (a pack without `fr:` still reads in English).
 *
 * @example
 * topicTextIn(principles, "fr").title; // "Les cinq principes"
 */
export function topicTextIn(topic: Topic, language: Language): { title: string; summary: string } {
  if (language === "fr" && topic.french !== undefined) return topic.french;
  return { title: topic.title, summary: topic.summary };
}

/**
 * The headline to show for `fact` in `language`: its French one in French (facts.yaml `fr:`),
 * else its English one.
 *
 * @example
 * headlineIn(fact, "fr"); // "Sans exception"
 */
export function headlineIn(fact: Fact, language: Language): string {
  return (language === "fr" ? fact.frenchHeadline : undefined) ?? fact.headline;
}
