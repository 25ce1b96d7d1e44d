/**
 * Cutting text to fit: sentence ends first, then words, never inside a surrogate pair.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeMrkdwn,
  markedMrkdwn,
  unescapeSlackText,
} from "../../adapters/slack/render/mrkdwn.js";
import { clipText, ELLIPSIS, splitRanges } from "../../src/replies/clip-text.js";

describe("clipText", () => {
  it("keeps text that fits unchanged", () => {
    expect(clipText("Short enough.", 20)).toBe("Short enough.");
  });

  it("cuts after the last sentence that fits, when it is close", () => {
    expect(clipText("First sentence here. Second one is longer than that.", 40)).toBe(
      `First sentence here.${ELLIPSIS}`,
    );
  });

  it("cuts at a word boundary when no sentence ends nearby", () => {
    expect(clipText("counter terrorism cooperation between partners", 30)).toBe(
      `counter terrorism cooperation${ELLIPSIS}`,
    );
  });

  it("never ends inside a surrogate pair, and never exceeds the limit", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.integer({ min: 2, max: 200 }),
        (text, max) => {
          const clipped = clipText(text, max);
          expect(clipped.length).toBeLessThanOrEqual(max);
          expect(clipped.isWellFormed()).toBe(true);
        },
      ),
    );
  });
});

describe("splitRanges", () => {
  it("covers every non-space character, each range rendering within the limit", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "&", " ", ".", "😀", "<"), maxLength: 500 }),
        fc.integer({ min: 12, max: 120 }),
        (text, max) => {
          const render = (s: number, e: number) => escapeMrkdwn(text.slice(s, e));
          const ranges = [...splitRanges(text, 0, text.length, max, render)];
          for (const [s, e] of ranges) expect(render(s, e).length).toBeLessThanOrEqual(max);
          const joined = ranges.map(([s, e]) => text.slice(s, e)).join("");
          expect(joined.replace(/\s/gu, "")).toBe(text.replace(/\s/gu, ""));
        },
      ),
    );
  });
});

describe("mrkdwn", () => {
  it("bolds marked words and escapes everything", () => {
    expect(markedMrkdwn("a <b> & c", [[8, 9]])).toBe("a &lt;b&gt; &amp; *c*");
  });

  it("skips marks that would not render as bold (edges on spaces, stars inside)", () => {
    expect(markedMrkdwn("one two", [[3, 7]])).toBe("one two");
    expect(markedMrkdwn("a*b c", [[0, 3]])).toBe("a*b c");
  });

  it("reads Slack's escaped text back as typed", () => {
    expect(unescapeSlackText("&lt;!here&gt; &amp;lt;")).toBe("<!here> &lt;");
  });
});
