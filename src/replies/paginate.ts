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
  const pages: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (
      current.length > 0 &&
      (current.length >= PAGE_ITEMS_MAX || size + item.text.length > PAGE_TEXT_MAX)
    ) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.text.length;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}
