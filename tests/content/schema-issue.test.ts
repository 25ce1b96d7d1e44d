/**
 * `content check` names the file, the field and what to write in plain words, never the
 * validator's own text ("Invalid input: expected string, received undefined").
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { contentCheck } from "../../app/content-check.js";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { passagesFileSchema, sourceFileSchema } from "../../src/content/content-schema.js";
import { describeSchemaIssue } from "../../src/content/schema-issue.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The bundled content copied, with `files` (path under the pack → YAML) written over it. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-schema-"));
  made.push(dir);
  cpSync(defaultContentDir(), dir, { recursive: true });
  for (const [path, yaml] of Object.entries(files)) writeFileSync(join(dir, path), yaml);
  return dir;
}

/** Runs the real content check on `dir`; returns its problem lines. */
function problems(dir: string): string[] {
  let err = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      err += String(chunk);
      done();
    },
  });
  const code = contentCheck([dir], sink, sink);
  expect(code).toBe(1);
  return err
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => line.trim());
}

describe("content check in plain words", () => {
  it("names a missing field and what to give", () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-schema-"));
    made.push(dir);
    mkdirSync(join(dir, "pack"));
    writeFileSync(join(dir, "pack", "source.yaml"), "id: pack\n");
    expect(problems(dir)).toEqual([
      "pack/source.yaml: title is missing; give the document's title as text",
      "pack/source.yaml: publisher is missing; give who published the document as text",
      "pack/source.yaml: date is missing; give the document's date (YYYY, YYYY-MM or YYYY-MM-DD) as text",
      "pack/source.yaml: dateLabel is missing; give the date as citations show it (March 2013) as text",
      "pack/source.yaml: rights is missing; give the document's rights notice as text",
      "pack/source.yaml: language is missing; give the document's language tag (en, fr-FR) as text",
      "pack/source.yaml: text is missing; give the name of the text file (source.txt) as text",
      "pack/passages.yaml: file is missing",
    ]);
  });

  it("says what a wrong value is and what it should be", () => {
    const source = [
      "id: fr-mfa-ct-2013",
      "title: 12",
      'publisher: ""',
      "date: 2013-03",
      "dateLabel: March 2013",
      "rights: All rights reserved",
      "language: en",
      "text: source.txt",
      "colour: red",
    ].join("\n");
    const lines = problems(
      contentWith({
        "france-ct-2013/source.yaml": source,
        "france-ct-2013/topics.yaml": "principles: [a]\n",
      }),
    );
    expect(lines).toEqual([
      "france-ct-2013/source.yaml: title must be text (the document's title), not the number 12",
      "france-ct-2013/source.yaml: publisher is empty; give who published the document",
      "france-ct-2013/source.yaml: unknown field colour; remove it or check the spelling",
      "france-ct-2013/topics.yaml: the file must hold a list, not a mapping of fields",
    ]);
  });

  it("names entries by id, and the value found in a list", () => {
    const entities = "- id: india\n  name: India\n  kinds: [friend]\n  passages: []\n";
    expect(problems(contentWith({ "france-ct-2013/entities.yaml": entities }))).toEqual([
      'france-ct-2013/entities.yaml: entry "india": kinds.0 is "friend"; use "partner", "forum", "subject"',
      'france-ct-2013/entities.yaml: entry "india": passages needs at least 1 entry (the ids of the passages that name it)',
    ]);
  });

  it("never shows the validator's wording, whatever the values", () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
    );
    const fields = ["id", "title", "publisher", "date", "dateLabel", "rights", "language", "url"];
    fc.assert(
      fc.property(fc.record(Object.fromEntries(fields.map((f) => [f, value]))), (record) => {
        for (const [schema, data, file] of [
          [sourceFileSchema, record, "source.yaml"],
          [passagesFileSchema, [record], "passages.yaml"],
        ] as const) {
          const result = schema.safeParse(data, { reportInput: true });
          for (const issue of result.error?.issues ?? []) {
            const field = issue.path.filter((part) => typeof part === "string").join(".");
            const message = describeSchemaIssue(issue, file, field);
            expect(message).not.toMatch(/Invalid input|expected \w+, received|Too (big|small)/u);
            expect(message).not.toContain("\n");
            if (field !== "") expect(message).toContain(field);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
