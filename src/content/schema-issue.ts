/**
 * A content file's schema problem in plain words for the person editing the file: the field,
 * what is wrong with it and what to write instead ("title is missing; give the document's
 * title as text"), never the validator's own wording ("Invalid input: expected string").
 */
import type { z } from "zod";

/** What each field holds, by field name, as the fix names it ("give the document's title"). */
const FIELD_MEANING: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "source.yaml": {
    id: "the pack's id",
    title: "the document's title",
    publisher: "who published the document",
    date: "the document's date (YYYY, YYYY-MM or YYYY-MM-DD)",
    dateLabel: "the date as citations show it (March 2013)",
    rights: "the document's rights notice",
    language: "the document's language tag (en, fr-FR)",
    url: "the original's http(s) address",
    text: "the name of the text file (source.txt)",
  },
  "passages.yaml": {
    id: "the passage's id",
    section: "the heading the passage is under",
    text: "the passage's verbatim text",
    dateLabel: "the passage's own date as citations show it",
    dateNote: "what supports the passage's own date",
  },
  "topics.yaml": {
    id: "the topic's id",
    title: "the topic's title",
    summary: "a one-line summary of the topic",
    passages: "the ids of the topic's passages",
  },
  "entities.yaml": {
    id: "the entity's id",
    name: "the entity's name",
    kinds: "its kinds (partner, forum, subject)",
    passages: "the ids of the passages that name it",
  },
  "facts.yaml": {
    id: "the fact's id",
    headline: "a short headline",
    passage: "the id of the passage quoted",
    quote: "the verbatim quote from that passage",
  },
};

/** The validator's own wording, which says what failed in code terms, not what to write. */
const VALIDATOR_WORDING = /^(Invalid|Too (big|small)|Unrecognized key)/u;

/**
 * Describes a schema `issue` of the file named `fileName` (`source.yaml`), `field` being the
 * issue's path inside the entry (`title`, `fr.headline`; "" for the whole entry or file).
 * `input` is the value found there (zod's `input`, present when parsed with `reportInput`).
 *
 * @example
 * describeSchemaIssue(issue, "source.yaml", "title");
 * // "title is missing; give the document's title as text"
 */
export function describeSchemaIssue(
  issue: z.core.$ZodIssue,
  fileName: string,
  field: string,
): string {
  const name = field === "" ? "the entry" : field;
  const last = field.split(".").at(-1) ?? "";
  const meaning = FIELD_MEANING[fileName]?.[last];
  const custom = VALIDATOR_WORDING.test(issue.message) ? undefined : issue.message;
  switch (issue.code) {
    case "invalid_type": {
      const expected = kindInWords(issue.expected);
      if (issue.input === undefined)
        return `${name} is missing; give ${meaning ?? "it"} as ${expected}`;
      if (field === "" && issue.path.length === 0)
        return `the file must hold ${expected}, not ${valueInWords(issue.input)}`;
      return `${name} must be ${expected}${meaning ? ` (${meaning})` : ""}, not ${valueInWords(issue.input)}`;
    }
    case "too_small":
      if (issue.origin === "string") return `${name} is empty; give ${meaning ?? "some text"}`;
      if (issue.origin === "array")
        return `${name} needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? "entry" : "entries"}${meaning ? ` (${meaning})` : ""}`;
      return `${name} is too small: at least ${String(issue.minimum)}`;
    case "too_big":
      if (custom !== undefined) return `${name}: ${custom}`;
      if (issue.origin === "string")
        return `${name} is too long: at most ${String(issue.maximum)} characters`;
      return `${name} has too many entries: at most ${String(issue.maximum)}`;
    case "unrecognized_keys": {
      const s = issue.keys.length === 1 ? "" : "s";
      return `${field === "" ? "" : `${field}: `}unknown field${s} ${issue.keys.join(", ")}; remove ${s ? "them" : "it"} or check the spelling`;
    }
    case "invalid_value": {
      const found = issue.input === undefined ? "" : ` is ${JSON.stringify(issue.input)};`;
      return `${name}${found || " is not allowed;"} use ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    }
    case "invalid_format":
      return custom !== undefined
        ? `${name}: ${custom}`
        : `${name} is not written as expected${meaning ? `; give ${meaning}` : ""}`;
    default:
      return custom !== undefined
        ? `${name}: ${custom}`
        : `${name} is not valid${meaning ? `; give ${meaning}` : ""}`;
  }
}

/** A zod type name as words: `string` → "text". */
function kindInWords(kind: string): string {
  switch (kind) {
    case "string":
      return "text";
    case "array":
      return "a list";
    case "object":
      return "a mapping of fields";
    case "number":
    case "int":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return kind;
  }
}

/** What a YAML value found is, in words. */
function valueInWords(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "a mapping of fields";
  if (typeof value === "boolean") return `${String(value)} (true or false)`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}
