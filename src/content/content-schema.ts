/**
 * zod schemas for each file of a content pack. A pack is a folder under content/ holding
 * source.yaml, passages.yaml and, optionally, topics.yaml, entities.yaml, facts.yaml,
 * concepts.yaml and glossary.yaml.
 */
import { z } from "zod";

/** Ids travel inside button payloads (Discord custom_id is 100 characters), so keep them short. */
export const CONTENT_ID_MAX = 48;

/**
 * A passage longer than this cannot be shown whole in every renderer (a Discord embed field
 * holds 1024 characters); split it in the pack instead.
 */
export const PASSAGE_TEXT_MAX = 1000;

/** A fact quote is read in a notification: keep it short. */
export const FACT_QUOTE_MAX = 400;

/** A fact headline is ours; it fits a Slack header with room to spare. */
export const FACT_HEADLINE_MAX = 80;

const id = z
  .string()
  .max(CONTENT_ID_MAX)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes");

const text = z.string().trim().min(1);

/** source.yaml */
export const sourceFileSchema = z.strictObject({
  id,
  title: text,
  publisher: text,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD"),
  dateLabel: text,
  rights: text,
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "use a language tag such as en"),
  url: z.url({ protocol: /^https?$/u }).optional(),
  text: z.string().regex(/^[\w.-]+$/, "name a file in the same folder"),
});

/** A passage's own date or its note is read inside a citation line: keep it short. */
export const PASSAGE_DATE_NOTE_MAX = 200;

/**
 * passages.yaml. A passage dated differently from its document (a later addition to the page)
 * carries its own `dateLabel`, printed in its citation instead of the document's, and a
 * `dateNote` saying what supports that date.
 */
export const passagesFileSchema = z.array(
  z
    .strictObject({
      id,
      section: text,
      text: text.max(PASSAGE_TEXT_MAX, `split passages longer than ${PASSAGE_TEXT_MAX} characters`),
      // A bare year (`dateLabel: 2016`) is read by YAML as a number: take it as the label.
      dateLabel: z
        .union([z.string(), z.number().int()])
        .transform(String)
        .pipe(text.max(40))
        .optional(),
      dateNote: text.max(PASSAGE_DATE_NOTE_MAX).optional(),
    })
    .refine((p) => p.dateNote === undefined || p.dateLabel !== undefined, {
      message: "dateNote explains a dateLabel: give the passage a dateLabel too",
      path: ["dateNote"],
    }),
);

/** topics.yaml */
export const topicsFileSchema = z.array(
  z.strictObject({
    id,
    title: text,
    summary: text,
    /** Our French title and summary, shown in French replies (optional: English is shown). */
    fr: z.strictObject({ title: text, summary: text }).optional(),
    aliases: z.array(text).default([]),
    passages: z.array(id).min(1),
  }),
);

/** entities.yaml */
export const entitiesFileSchema = z.array(
  z.strictObject({
    id,
    name: text,
    kinds: z.array(z.enum(["partner", "forum", "subject"])).min(1),
    aliases: z.array(text).default([]),
    passages: z.array(id).min(1),
    /** French names people type (Nations unies, Inde): searched like aliases, shown in French. */
    fr: z.array(text).default([]),
    /**
     * The passages that are about this entity (it is their subject), listed first in its
     * answer. Optional: without it the search decides (see src/search/about-entity.ts).
     */
    about: z.array(id).optional(),
  }),
);

/**
 * concepts.yaml: words people use that the text says otherwise. A `concept` lists what people
 * type (`names`) and the phrases the text uses for it (`means`); a `region` lists the places
 * that belong to it (`places`), which may name other regions.
 */
export const conceptsFileSchema = z.array(
  z.discriminatedUnion("kind", [
    z.strictObject({
      id,
      kind: z.literal("concept"),
      names: z.array(text).min(1),
      means: z.array(text).min(1),
    }),
    z.strictObject({
      id,
      kind: z.literal("region"),
      names: z.array(text).min(1),
      places: z.array(text).min(1),
    }),
  ]),
);

/**
 * glossary.yaml: French terms people type (`fr`) and the English words the source uses for them
 * (`en`). The mapping is ours, not quoted text. The first `en` is what a French query searches
 * (a word or a phrase, every word of which must then be in a passage); the others are single
 * words that count as that one.
 */
export const glossaryFileSchema = z.array(
  z
    .strictObject({
      fr: z.array(text).min(1),
      en: z.array(text).min(1),
    })
    .refine((entry) => entry.en.slice(1).every((word) => !/\s/u.test(word)), {
      message: "only the first en may be a phrase: the others are single words",
      path: ["en"],
    }),
);

/** facts.yaml */
export const factsFileSchema = z.array(
  z.strictObject({
    id,
    headline: text.max(FACT_HEADLINE_MAX),
    /** Our French headline, shown in French replies and posts (optional: English is shown). */
    fr: z.strictObject({ headline: text.max(FACT_HEADLINE_MAX) }).optional(),
    passage: id,
    quote: text.max(FACT_QUOTE_MAX),
    /** Picked by `content import`, not yet reviewed: an editor checks it and removes the mark. */
    generated: z.boolean().optional(),
  }),
);

export type SourceFile = z.infer<typeof sourceFileSchema>;
export type PassagesFile = z.infer<typeof passagesFileSchema>;
export type TopicsFile = z.infer<typeof topicsFileSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
export type FactsFile = z.infer<typeof factsFileSchema>;
export type ConceptsFile = z.infer<typeof conceptsFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
