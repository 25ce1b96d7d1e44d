/**
 * Readable ids from titles and headings: lower-case ASCII letters, digits and dashes, as the
 * content schema requires.
 */

/**
 * `The principles of France’s action` → `the-principles-of-france-s-action`, cut at a dash to
 * at most `max` characters; `fallback` when nothing is left.
 */
export function slugify(text: string, max: number, fallback = "section"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (slug === "") return fallback;
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf("-");
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/u, "");
}

/** `base`, or `base-2`, `base-3`… : the first not in `used` (which it is then added to). */
export function uniqueId(base: string, used: Set<string>, max: number): string {
  let id = base;
  for (let n = 2; used.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, max - suffix.length).replace(/-+$/u, "")}${suffix}`;
  }
  used.add(id);
  return id;
}
