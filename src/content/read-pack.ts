/**
 * Reads one content pack folder: parses each YAML file and checks it against its schema.
 * Cross-file rules (references, verbatim quotes) live in check-content.ts.
 *
 * YAML is parsed with js-yaml's CORE_SCHEMA (YAML 1.2 core: no timestamps, no merge keys, the
 * same values the `yaml` package gives): on 2 MB of pack YAML it parses about 10× faster than
 * `yaml`'s `parse` (with or without `prettyErrors: false`), which made start-up at 1000×
 * content mostly YAML (issue 12; measured in bench/scale-bench.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { CORE_SCHEMA, load as parseYaml } from "js-yaml";
import { z } from "zod";
import type { ContentIssue } from "../runtime/errors.js";
import {
  type ConceptsFile,
  conceptsFileSchema,
  type EntitiesFile,
  entitiesFileSchema,
  type FactsFile,
  factsFileSchema,
  type GlossaryFile,
  glossaryFileSchema,
  type PassagesFile,
  passagesFileSchema,
  type SourceFile,
  sourceFileSchema,
  type TopicsFile,
  topicsFileSchema,
} from "./content-schema.js";
import { describeSchemaIssue } from "./schema-issue.js";

/** The parsed files of one pack, before cross-checks; `text` is the source document. */
export interface RawPack {
  /** Folder name relative to the content directory, used in error messages. */
  folder: string;
  source: SourceFile;
  text: string;
  passages: PassagesFile;
  topics: TopicsFile;
  entities: EntitiesFile;
  facts: FactsFile;
  concepts: ConceptsFile;
  glossary: GlossaryFile;
}

/** Reads the pack in `dir`; pushes every problem to `issues` and returns undefined if unusable. */
export function readPack(dir: string, folder: string, issues: ContentIssue[]): RawPack | undefined {
  const file = (name: string) => `${folder}/${name}`;
  const read = <S extends z.ZodType>(name: string, schema: S, optional: boolean) =>
    readYamlFile(join(dir, name), file(name), schema, optional, issues);

  const source = read("source.yaml", sourceFileSchema, false);
  const passages = read("passages.yaml", passagesFileSchema, false);
  const topics = read("topics.yaml", topicsFileSchema, true) ?? [];
  const entities = read("entities.yaml", entitiesFileSchema, true) ?? [];
  const facts = read("facts.yaml", factsFileSchema, true) ?? [];
  const concepts = read("concepts.yaml", conceptsFileSchema, true) ?? [];
  const glossary = read("glossary.yaml", glossaryFileSchema, true) ?? [];
  if (source === undefined || passages === undefined) return undefined;

  const textPath = join(dir, source.text);
  if (!existsSync(textPath)) {
    issues.push({ file: file("source.yaml"), message: `text file "${source.text}" not found` });
    return undefined;
  }
  const text = readFileSync(textPath, "utf8");
  return { folder, source, text, passages, topics, entities, facts, concepts, glossary };
}

// Each file schema compiled once, when a pack first needs it: zod's `z.compile` generates a
// fast path for valid input and runs the ordinary parser on invalid input, so the issues
// reported are the same. Validating the 1000× bench content took about 480 ms through the
// ordinary parser and 150 ms compiled (zod 4.6, one run; compiling all five: 13 ms).
const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

function compiled<S extends z.ZodType>(schema: S): S {
  let found = compiledSchemas.get(schema) as S | undefined;
  if (found === undefined) {
    found = z.compile(schema);
    compiledSchemas.set(schema, found);
  }
  return found;
}

function readYamlFile<S extends z.ZodType>(
  path: string,
  file: string,
  schema: S,
  optional: boolean,
  issues: ContentIssue[],
): z.infer<S> | undefined {
  if (!existsSync(path)) {
    if (!optional) issues.push({ file, message: "file is missing" });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"), { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    issues.push({ file, message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
  // An empty optional file means "none yet", not an error.
  if (data === null && optional) return schema.parse([]);
  // reportInput: the plain-words message says what was found ("not the number 12").
  const result = compiled(schema).safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [index, ...rest] = issue.path;
    const entry = typeof index === "number" ? entryName(data, index) : undefined;
    const where = (typeof index === "number" ? rest : issue.path).join(".");
    issues.push({
      file,
      ...(entry === undefined ? {} : { entry }),
      message: describeSchemaIssue(issue, basename(path), where),
    });
  }
  return undefined;
}

/** Names an array entry by its id when it has one, else by its position. */
function entryName(data: unknown, index: number): string {
  const item = Array.isArray(data) ? (data[index] as unknown) : undefined;
  const id = item !== null && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : `#${index + 1}`;
}
