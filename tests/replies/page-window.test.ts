/**
 * One page found without cutting every page: the same window as the full cut, and found
 * without reading any length when every page is full whatever the order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PAGE_ITEMS_MAX,
  PAGE_TEXT_MAX,
  pageRanges,
  pageWindow,
} from "../../src/replies/paginate.js";
import { sumOfLargest } from "../../src/search/hit-list.js";

describe("pageWindow", () => {
  it("is the requested page of the full cut, clamped, with or without the longest texts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1500 }), { maxLength: 40 }),
        fc.integer({ min: -3, max: 15 }),
        (lengths, requested) => {
          const ranges = pageRanges(lengths.length, (i) => lengths[i] ?? 0);
          const count = Math.max(1, ranges.length);
          const number = Math.min(Math.max(1, requested), count);
          const [from, to] = ranges[number - 1] ?? [0, 0];
          const expected = { number, count, from, to };
          const textLength = (i: number) => lengths[i] ?? 0;
          expect(pageWindow(lengths.length, textLength, requested)).toEqual(expected);
          const longest = sumOfLargest(lengths.length, PAGE_ITEMS_MAX, textLength);
          expect(pageWindow(lengths.length, textLength, requested, longest)).toEqual(expected);
        },
      ),
    );
  });

  it("reads no length when the longest texts fit a page", () => {
    const read: number[] = [];
    const window = pageWindow(
      23,
      (i) => {
        read.push(i);
        return 10;
      },
      3,
      PAGE_TEXT_MAX,
    );
    expect(window).toEqual({ number: 3, count: 5, from: 10, to: 15 });
    expect(read).toEqual([]);
  });
});
