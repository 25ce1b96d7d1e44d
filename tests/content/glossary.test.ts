/**
 * The French glossary and French entity names in content: the bundled glossary loads and
 * covers the source, and the content check catches an entry that leads nowhere, a French term
 * claimed twice, a phrase among the alternatives and a French name that names another entity.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { frenchTermKey } from "../../src/content/check-glossary.js";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { loadContent } from "../../src/content/load-content.js";
import type { ContentError, ContentIssue } from "../../src/runtime/errors.js";

const PACK = "france-ct-2013";
const temporary: string[] = [];

/** A copy of the bundled content with one file rewritten by `edit`. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-glossary-"));
  temporary.push(dir);
  cpSync(defaultContentDir(), dir, { recursive: true });
  const path = join(dir, PACK, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

function issuesOf(dir: string): ContentIssue[] {
  try {
    loadContent([dir]);
  } catch (error) {
    expect((error as ContentError).code).toBe("content_invalid");
    return (error as ContentError).issues;
  }
  throw new Error("expected the content to be rejected");
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the bundled glossary", () => {
  const content = loadContent([defaultContentDir()]);

  it("maps at least 40 French terms, among them the issue's", () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
    const french = new Set(content.glossary.flatMap((e) => e.french));
    for (const term of [
      "terrorisme",
      "financement",
      "droits de l'homme",
      "coopération",
      "renseignement",
      "justice pénale",
      "prévention",
      "sécurité",
      "développement",
    ])
      expect(french).toContain(term);
  });

  it("gives the French names of the partners and forums, without listing them as aliases", () => {
    const un = content.entityById.get("un");
    expect(un?.frenchNames).toEqual(expect.arrayContaining(["Nations unies", "ONU"]));
    expect(un?.aliases).not.toContain("ONU");
    expect(content.entityById.get("india")?.frenchNames).toEqual(["Inde"]);
    expect(content.entityById.get("daesh")?.frenchNames).toContain("État islamique");
  });
});

describe("French term keys", () => {
  it("compare terms by the Snowball stems of their words that are not stop words", () => {
    expect(frenchTermKey("droits de l'homme")).toBe(frenchTermKey("droit homme"));
    expect(frenchTermKey("financements")).toBe(frenchTermKey("financement"));
    expect(frenchTermKey("Sécurité")).toBe(frenchTermKey("securite"));
    expect(frenchTermKey("de la")).toBe("");
  });
});

describe("glossary validation", () => {
  it("rejects an English word no passage says", () => {
    const dir = contentWith("glossary.yaml", (t) => `${t}\n- fr: [otages]\n  en: [hostages]\n`);
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({
        file: `${PACK}/glossary.yaml`,
        entry: "otages",
        message: expect.stringContaining('no passage says "hostages"'),
      }),
    );
  });

  it("rejects a French term two entries claim, even in another inflection", () => {
    const dir = contentWith(
      "glossary.yaml",
      (t) => `${t}\n- fr: [financements]\n  en: [finance]\n`,
    );
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({
        entry: "financements",
        message: expect.stringContaining("merge the entries"),
      }),
    );
  });

  it("rejects a phrase among the alternatives, naming the field", () => {
    const dir = contentWith(
      "glossary.yaml",
      (t) => `${t}\n- fr: [sûreté]\n  en: [security, law enforcement]\n`,
    );
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("only the first en") }),
    );
  });

  it("rejects a French term made only of stop words", () => {
    const dir = contentWith("glossary.yaml", (t) => `${t}\n- fr: [de la]\n  en: [security]\n`);
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ message: '"de la" is only stop words' }),
    );
  });

  it("rejects a French name that names another entity", () => {
    const dir = contentWith("entities.yaml", (t) =>
      t.replace("  fr: [Russie, Fédération de Russie]", "  fr: [Russie, Inde]"),
    );
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ entry: "india", message: 'alias "Inde" also names "russia"' }),
    );
  });
});
