/**
 * The Block Kit renderer, on replies built by hand.
 */
import { describe, expect, it } from "vitest";
import { renderBlocks, SHORTENED_NOTE } from "../../../adapters/slack/render/blocks.js";
import { SLACK_SECTION_TEXT_MAX } from "../../../adapters/slack/render/limits.js";
import { limitViolations } from "./block-limits.js";
import { buttonsOf, contextTexts, headerText, sectionTexts } from "./message-parts.js";
import { item, reply } from "./reply-fixtures.js";

describe("renderBlocks", () => {
  it("puts the title in a header, one section per excerpt in bold where it matched, and the citation under it", () => {
    const message = renderBlocks(
      reply([item("France fights terrorism & crime.", "p1", { marks: [[14, 23]] })]),
    );
    expect(headerText(message)).toBe("Search results");
    expect(sectionTexts(message)).toEqual(["France fights *terrorism* &amp; crime."]);
    expect(contextTexts(message)).toEqual([
      "Source: Section A · The principles of France’s counter-terrorism action · Ministry · March 2013",
    ]);
    expect(message.text).toBe("Search results: France fights terrorism &amp; crime.");
  });

  it("escapes &, < and > in every mrkdwn text, so nothing typed becomes a mention or a link", () => {
    const hostile = "<!channel> <@U123> <http://x|y> & more";
    const message = renderBlocks(
      reply([item(hostile)], {
        intro: [hostile],
        entries: [{ label: hostile, detail: hostile }],
        suggestions: [{ label: "ok", command: "search ok" }],
      }),
    );
    const mrkdwn = [...sectionTexts(message), ...contextTexts(message), message.text];
    for (const text of mrkdwn) {
      expect(text).not.toMatch(/<[!@h]/u);
    }
    expect(sectionTexts(message)[0]).toBe(
      "&lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt; &amp; more",
    );
  });

  it("splits an excerpt longer than a section over several sections without losing a word", () => {
    const sentence = "France considers that cooperation is essential against terrorism. ";
    const text = sentence.repeat(120).trim();
    const message = renderBlocks(reply([item(text)], { actions: [] }));
    const sections = sectionTexts(message);
    expect(sections.length).toBeGreaterThan(2);
    for (const section of sections)
      expect(section.length).toBeLessThanOrEqual(SLACK_SECTION_TEXT_MAX);
    expect(sections.join(" ")).toBe(text);
    // Cut at sentence ends, not mid-sentence.
    for (const section of sections.slice(0, -1)) expect(section.endsWith(".")).toBe(true);
  });

  it("shows a search result's snippet beside its Read in full button, and other excerpts whole", () => {
    const long = `${"Opening words of a long passage. ".repeat(10)}The matched part is here.`;
    const snippet = { start: 33, end: 100 };
    const message = renderBlocks(
      reply([item(long, "p1", { snippet }), item(long, "p2", { snippet })], {
        actions: [{ type: "share" }, { type: "open", passageId: "p1" }],
      }),
    );
    const [first, second] = sectionTexts(message);
    expect(first).toBe(`…${long.slice(33, 100)}…`);
    expect(second).toBe(long);
    const open = buttonsOf(message).find((b) => b.action_id.startsWith("ct-open-"));
    expect(open?.value).toBe("ct1:p:1:passage p1");
    expect(open?.text.text).toBe("Read in full");
  });

  it("offers Read in full only beside excerpts shown cut, never beside one already whole", () => {
    const long = `${"Opening words of a long passage. ".repeat(10)}The matched part is here.`;
    const message = renderBlocks(
      reply(
        [item(long, "p1", { snippet: { start: 0, end: 60 } }), item("Short and whole.", "p2")],
        {
          actions: [
            { type: "open", passageId: "p1" },
            { type: "open", passageId: "p2" },
          ],
        },
      ),
    );
    const opens = buttonsOf(message).filter((b) => b.action_id.startsWith("ct-open-"));
    expect(opens.map((b) => b.value)).toEqual(["ct1:p:1:passage p1"]);
    expect(sectionTexts(message)).toContain("Short and whole.");
  });

  it("gives Share, paging, related and suggestion buttons action_ids unique in the message", () => {
    const cut = { snippet: { start: 0, end: 1 } };
    const message = renderBlocks(
      reply([item("a b", "p1", cut), item("b c", "p2", cut)], {
        page: { number: 2, count: 3 },
        actions: [
          { type: "share" },
          { type: "open", passageId: "p1" },
          { type: "open", passageId: "p2" },
          { type: "related", passageId: "p1" },
          { type: "page", page: 1, label: "Previous" },
          { type: "page", page: 3, label: "More (3/3)" },
        ],
        suggestions: [{ label: "UNGA", command: "search UNGA" }],
      }),
    );
    const ids = buttonsOf(message).map((b) => b.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buttonsOf(message).map((b) => b.text.text)).toEqual([
      "Read in full",
      "Read in full",
      "UNGA",
      "Share in channel",
      "More like this",
      "Previous",
      "More (3/3)",
    ]);
    expect(buttonsOf(message).find((b) => b.text.text === "UNGA")?.value).toBe(
      "ct1:p:1:search UNGA",
    );
    expect(contextTexts(message)).toContain("Page 2 of 3");
  });

  it("renders a shared answer with a Shared by line and without Share or paging buttons", () => {
    const message = renderBlocks(
      reply([item("a b", "p1", { snippet: { start: 0, end: 1 } })], {
        page: { number: 1, count: 2 },
        actions: [
          { type: "share" },
          { type: "open", passageId: "p1" },
          { type: "page", page: 2, label: "More" },
        ],
      }),
      { sharedBy: "U0ALICE1" },
    );
    expect(contextTexts(message)[0]).toBe("Shared by <@U0ALICE1>");
    expect(buttonsOf(message).map((b) => b.text.text)).toEqual(["Read in full"]);
  });

  it("never turns a user id that is not one into a mention", () => {
    const message = renderBlocks(reply([item("a")]), { sharedBy: "<!here>" });
    expect(contextTexts(message)[0]).toBe("Shared by &lt;!here&gt;");
  });

  it("shortens an answer too big for one message, within every limit, and says so", () => {
    const big = "Long sentence about counter-terrorism cooperation & diplomacy. ".repeat(80);
    const items = Array.from({ length: 8 }, (_, i) => item(big, `p${i}`));
    const message = renderBlocks(reply(items));
    expect(limitViolations(message)).toEqual([]);
    expect(contextTexts(message)).toContain(SHORTENED_NOTE);
    expect(buttonsOf(message).map((b) => b.text.text)).toContain("Share in channel");
  });

  it("keeps button values valid UTF-8 when a long one-word query has to be cut", () => {
    // 1 + 2 × 1500 code units with no space: the payload limit falls inside a surrogate pair.
    const message = renderBlocks(reply([item("a")], { invocation: `x${"😀".repeat(1500)}` }));
    const share = buttonsOf(message).find((b) => b.action_id.startsWith("ct-share-"));
    expect(share?.value.startsWith("ct1:s:1:x😀😀")).toBe(true);
    expect(share?.value.isWellFormed()).toBe(true);
    expect(limitViolations(message)).toEqual([]);
  });

  it("always sets a fallback text, even for an empty reply", () => {
    const message = renderBlocks(reply([], { title: "", actions: [] }));
    expect(message.text).toBe("ct-bot");
    expect(headerText(message)).toBe("ct-bot");
  });
});
