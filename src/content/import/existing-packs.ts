/**
 * The packs already in the content directories: the one being re-imported (same folder as
 * the new pack's id) and the others, whose ids must not be taken and whose entities are
 * reused. Packs that do not read cleanly are skipped: they are `content check`'s business.
 */
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { ContentIssue } from "../../runtime/errors.js";
import { type RawPack, readPack } from "../read-pack.js";

/** Packs found under the content directories. */
export interface ExistingPacks {
  /** The pack in `<out>/<id>/`, which an import replaces. */
  previous: RawPack | undefined;
  /** Every other pack. */
  others: RawPack[];
}

/** Reads the packs under `dirs` (missing dirs are skipped); `out` and `id` locate the previous. */
export function readExistingPacks(dirs: readonly string[], out: string, id: string): ExistingPacks {
  const previousPath = join(out, id);
  const seen = new Set<string>();
  let previous: RawPack | undefined;
  const others: RawPack[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const folder of readdirSync(dir).sort()) {
      const path = join(dir, folder);
      if (!existsSync(join(path, "source.yaml"))) continue;
      const real = realpathSync(path);
      if (seen.has(real)) continue;
      seen.add(real);
      const issues: ContentIssue[] = [];
      const pack = readPack(path, folder, issues);
      if (pack === undefined) continue;
      if (existsSync(previousPath) && real === realpathSync(previousPath)) previous = pack;
      else others.push(pack);
    }
  }
  return { previous, others };
}
