/**
 * Autocomplete choices for options that declare an `autocomplete` source: partner and forum
 * names, topics, search suggestions, timezones, source ids.
 */

import { foldForMatch } from "../content/fold-text.js";
import type { Content } from "../content/types.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { clipText } from "../replies/clip-text.js";
import { topicTextIn } from "../replies/text-in.js";
import type { SearchIndex } from "../search/search-index.js";
import type { AutocompleteSource } from "./command.js";
import { entityNameIn } from "./lookup-entity.js";

/** One choice: what is shown and the value sent back. */
export interface Choice {
  name: string;
  value: string;
}

/** Most choices a platform shows (Discord's limit). */
export const CHOICES_MAX = 25;

/** Longest choice name or value (Discord's limit). */
export const CHOICE_TEXT_MAX = 100;

let timeZones: string[] | undefined;

/**
 * Choices for `source` given what has been typed so far, best first, within the limits above.
 * In French (`language`, the person's), names and topic titles are shown in French when the
 * content gives them, and what was typed also matches them; values are what the command reads
 * either way (a topic's id, an entity's name).
 */
export function completeOption(
  source: AutocompleteSource,
  typed: string,
  content: Content,
  index: SearchIndex,
  limit = CHOICES_MAX,
  language: Language = DEFAULT_LANGUAGE,
): Choice[] {
  const wanted = foldForMatch(typed);
  const matches = (text: string) =>
    wanted === "" ||
    foldForMatch(text)
      .split(/[\s-]/u)
      .some((w) => w.startsWith(wanted)) ||
    foldForMatch(text).startsWith(wanted);
  let choices: Choice[];
  switch (source) {
    case "partners":
    case "forums": {
      const kind = source === "partners" ? "partner" : "forum";
      choices = content.entities
        .filter((e) => e.kinds.includes(kind))
        .flatMap((e) => {
          const name = entityNameIn(e, language);
          const others =
            language === DEFAULT_LANGUAGE ? e.aliases : [...e.frenchNames, e.name, ...e.aliases];
          const alias = others.find((a) => a !== name && matches(a) && !matches(name));
          if (matches(name)) return [{ name, value: e.name }];
          return alias ? [{ name: `${name} (${alias})`, value: e.name }] : [];
        });
      break;
    }
    case "topics":
      choices = content.topics
        .filter(
          (t) =>
            matches(t.title) || t.aliases.some(matches) || matches(topicTextIn(t, language).title),
        )
        .map((t) => ({ name: topicTextIn(t, language).title, value: t.id }));
      break;
    case "search":
      choices = (
        wanted === ""
          ? content.topics.map((t) => topicTextIn(t, language).title)
          : index.suggest(typed, limit)
      ).map((s) => ({ name: s, value: s }));
      break;
    case "sources":
      choices = content.sources
        .filter((s) => matches(s.id) || matches(s.title))
        .map((s) => ({ name: `${s.title} (${s.id})`, value: s.id }));
      break;
    case "timezones":
      timeZones ??= Intl.supportedValuesOf("timeZone");
      choices = timeZones
        .filter((z) => foldForMatch(z).includes(wanted))
        .map((z) => ({ name: z, value: z }));
      break;
  }
  return choices.slice(0, limit).map((c) => ({ name: clip(c.name), value: clip(c.value) }));
}

/** A choice's name or value within Discord's limit, never cut inside a character. */
function clip(text: string): string {
  return clipText(text, CHOICE_TEXT_MAX);
}
