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

/** One page of items: its 1-based number, how many pages there are, and its items `[from, to)`. */
export interface PageWindow {
  number: number;
  count: number;
  from: number;
  to: number;
}

/**
 * Page `requested` (clamped to the pages there are, at least one) of `count` items whose
 * texts are `textLength(i)` characters long: the same cut as {@link pageRanges}. `longest`,
 * when given, is the summed length of the `PAGE_ITEMS_MAX` longest texts; when it fits
 * `PAGE_TEXT_MAX`, every page but the last holds `PAGE_ITEMS_MAX` items whatever their order,
 * so the page is found without reading any length (nor ranking the items past it).
 */
export function pageWindow(
  count: number,
  textLength: (index: number) => number,
  requested: number,
  longest?: number,
): PageWindow {
  const clamp = (pages: number) => Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
  if (longest !== undefined && longest <= PAGE_TEXT_MAX) {
    const pages = Math.max(1, Math.ceil(count / PAGE_ITEMS_MAX));
    const number = clamp(pages);
    const from = Math.min(count, (number - 1) * PAGE_ITEMS_MAX);
    return { number, count: pages, from, to: Math.min(count, from + PAGE_ITEMS_MAX) };
  }
  const ranges = pageRanges(count, textLength);
  const pages = Math.max(1, ranges.length);
  const number = clamp(pages);
  const [from, to] = ranges[number - 1] ?? [0, 0];
  return { number, count: pages, from, to };
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
