/**
 * The folder an import writes its pack into (`--out`): checked before anything is read or
 * written, and created one level at a time. Node's `mkdirSync(…, { recursive: true })` never
 * returns for some paths (under /proc it loops at full CPU), and a file in the way surfaced as
 * a raw ENOTDIR: both are now a one-line {@link ImportError}.
 */
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ImportError } from "./import-error.js";

/**
 * Checks that `out` is, or can become, a folder: every part of it that exists is a folder,
 * and the deepest one that exists can be written to.
 *
 * @throws {ImportError} `import_bad_option` naming the part that is a file, or that cannot be
 * written.
 */
export function checkOutputFolder(out: string): void {
  for (let path = resolve(out); ; path = dirname(path)) {
    const kind = statKind(path);
    if (kind === "file")
      throw new ImportError(
        "import_bad_option",
        `--out ${out}: ${path} is a file, not a folder; give a folder for the packs (e.g. content)`,
      );
    if (kind === "folder") {
      try {
        accessSync(path, constants.W_OK);
      } catch {
        throw new ImportError(
          "import_bad_option",
          `--out ${out}: cannot write in ${path}; give a folder you can write to`,
        );
      }
      return;
    }
    if (dirname(path) === path) return;
  }
}

/**
 * Creates folder `path` and any missing parents, one level at a time (see the module note).
 *
 * @throws {ImportError} `import_bad_option` naming the folder that could not be made, and why.
 */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let at = resolve(path); statKind(at) === "missing"; at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      throw new ImportError("import_bad_option", `cannot create the folder ${folder} (${code})`, {
        cause: error,
      });
    }
  }
}

function statKind(path: string): "file" | "folder" | "missing" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
