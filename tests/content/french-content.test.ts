/**
 * Our French content text: every topic and fact of the bundled pack has its French title,
 * summary or headline (so they cannot drift apart), and a pack without `fr:` still loads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { FACT_HEADLINE_MAX } from "../../src/content/content-schema.js";
import { loadContent } from "../../src/content/load-content.js";
import { headlineIn, topicTextIn } from "../../src/replies/text-in.js";
import { ContentError } from "../../src/runtime/errors.js";

const PACK = "france-ct-2013";
const temporary: string[] = [];

/** A copy of the bundled content with `file` rewritten by `edit`. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-french-"));
  temporary.push(dir);
  cpSync(defaultContentDir(), dir, { recursive: true });
  const path = join(dir, PACK, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

/** `value`, failing the test when it is missing. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing from the content`);
  return value;
}

/** The yaml without its `fr:` blocks (two-line block for facts, three for topics). */
const withoutFrench = (text: string) => text.replace(/^ {2}fr:\n(?: {4}.*\n)+/gmu, "");

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("French content text", () => {
  const content = loadContent([defaultContentDir()]);

  it("gives every topic of the bundled pack a French title and summary", () => {
    const missing = content.topics.filter((topic) => topic.french === undefined).map((t) => t.id);
    expect(missing).toEqual([]);
    for (const topic of content.topics) {
      expect(topicTextIn(topic, "fr")).toEqual(topic.french);
      expect(topicTextIn(topic, "en")).toEqual({ title: topic.title, summary: topic.summary });
    }
    expect(
      topicTextIn(present(content.topicById.get("principles"), "principles"), "fr").title,
    ).toBe("Les cinq principes");
  });

  it("gives every fact of the bundled pack a French headline within the headline limit", () => {
    const missing = content.facts.filter((fact) => fact.frenchHeadline === undefined);
    expect(missing.map((fact) => fact.id)).toEqual([]);
    for (const fact of content.facts) {
      expect(headlineIn(fact, "fr")).toBe(fact.frenchHeadline);
      expect(headlineIn(fact, "fr").length).toBeLessThanOrEqual(FACT_HEADLINE_MAX);
      expect(headlineIn(fact, "en")).toBe(fact.headline);
    }
  });

  it("loads a pack without fr: and falls back to the English text", () => {
    const plain = loadContent([contentWith("topics.yaml", withoutFrench)]);
    const topic = present(plain.topicById.get("principles"), "principles");
    expect(topic.french).toBeUndefined();
    expect(topicTextIn(topic, "fr")).toEqual({
      title: "The five principles",
      summary: topic.summary,
    });
    const facts = loadContent([contentWith("facts.yaml", withoutFrench)]);
    const fact = present(facts.factById.get("fight-all-forms"), "fight-all-forms");
    expect(fact.frenchHeadline).toBeUndefined();
    expect(headlineIn(fact, "fr")).toBe("No exceptions");
  });

  it("rejects a French headline longer than the headline limit, naming the fact", () => {
    const long = "x".repeat(FACT_HEADLINE_MAX + 1);
    const dir = contentWith("facts.yaml", (text) =>
      text.replace("    headline: Sans exception", `    headline: ${long}`),
    );
    let error: unknown;
    try {
      loadContent([dir]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues).toContainEqual(
      expect.objectContaining({ file: `${PACK}/facts.yaml`, entry: "fight-all-forms" }),
    );
  });
});
