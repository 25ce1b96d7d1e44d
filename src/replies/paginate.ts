/**
 * Splits long answers into pages at item (passage) boundaries: an excerpt is never cut.
 */

/** At most this many excerpts on a page. */
export const PAGE_ITEMS_MAX = 5;

/**
 * At most this many characters of excerpt text on a page (a single longer excerpt still gets
 * a page of its own). Sized so a page fits every renderer: a Discord message holds 6000
 * characters of embeds, and Slack rejects messages far below its documented block limits.
 */
export const PAGE_TEXT_MAX = 3000;

/** Groups `items` into pages, keeping their order. */
export function paginate<T extends { text: string }>(items: readonly T[]): T[][] {
  return pageRanges(items.length, (i) => items[i]?.text.length ?? 0).map(([from, to]) =>
    items.slice(from, to),
  );
}

/**
 * The pages of `count` items whose texts are `textLength(i)` characters long, as index ranges
 * `[from, to)`: the same cut as {@link paginate}, without the items themselves (so they can be
 * built for the page shown only).
 */
export function pageRanges(
  count: number,
  textLength: (index: number) => number,
): Array<[from: number, to: number]> {
  const pages: Array<[number, number]> = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < count; i++) {
    const length = textLength(i);
    if (i > from && (i - from >= PAGE_ITEMS_MAX || size + length > PAGE_TEXT_MAX)) {
      pages.push([from, i]);
      from = i;
      size = 0;
    }
    size += length;
  }
  if (count > from) pages.push([from, count]);
  return pages;
}
