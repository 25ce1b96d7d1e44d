/**
 * Where the bundled content lives, wherever the code runs from (src/ under tsx, dist/ built).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root: the nearest folder above this file holding package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above the ct-bot sources");
    dir = parent;
  }
  return dir;
}

/** The content/ folder shipped with ct-bot. */
export function defaultContentDir(): string {
  return join(packageRoot(), "content");
}
