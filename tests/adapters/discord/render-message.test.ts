/**
 * The pure renderers: a Reply becomes embeds and buttons within Discord's limits, with marks
 * in bold and user or quoted text never read as markdown or mentions.
 */
import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarked } from "../../../adapters/discord/render/markdown.js";
import { renderMessage } from "../../../adapters/discord/render/message.js";
import type { Reply, ReplyItem } from "../../../src/replies/reply.js";
import { messageProblems } from "../../fakes/discord/message-limits.js";

function reply(overrides: Partial<Reply> = {}): Reply {
  return {
    kind: "passages",
    title: "Search results",
    intro: [],
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation: "search financing",
    ...overrides,
  };
}

function item(text: string, marks: ReplyItem["marks"] = []): ReplyItem {
  return {
    passageId: "p1",
    text,
    marks,
    citation: {
      sourceId: "s",
      title: "The principles",
      publisher: "MFA",
      section: "Financing",
      date: "March 2013",
      passageId: "p1",
    },
  };
}

describe("escapeMarkdown", () => {
  it("escapes emphasis, code, spoilers, links and mentions", () => {
    expect(escapeMarkdown("*a* _b_ `c` ||d|| [e](f) @everyone <@1>")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\|\\|d\\|\\| \\[e\\](f) \\@everyone \\<\\@1\\>",
    );
  });

  it("escapes headings, quotes and list markers only at the start of a line", () => {
    expect(escapeMarkdown("# title\n- item\n1. first\na - b # c")).toBe(
      "\\# title\n\\- item\n1\\. first\na - b # c",
    );
  });
});

describe("renderMarked", () => {
  it("bolds marked ranges and escapes the rest", () => {
    expect(renderMarked("terrorist *financing*", [[11, 20]], 100)).toBe(
      "terrorist \\***financing**\\*",
    );
  });

  it("cuts long text at a word with an ellipsis, never inside a bold pair", () => {
    const text = "alpha beta gamma delta epsilon zeta eta theta";
    const out = renderMarked(text, [[11, 22]], 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.endsWith("…")).toBe(true);
    expect((out.match(/\*\*/gu) ?? []).length % 2).toBe(0);
  });
});

describe("renderMessage", () => {
  it("puts the excerpt with bold marks in the description and the citation in the footer", () => {
    const message = renderMessage(
      reply({ items: [item("Terrorist financing matters.", [[10, 19]])] }),
      { visibility: "ephemeral" },
    );
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe("Search results");
    expect(embed?.description).toBe("Terrorist **financing** matters.");
    expect(embed?.footer?.text).toBe("The principles › Financing. MFA, March 2013.");
    expect(message.flags).toBe(64);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("shows list entries as fields, continuing into more embeds past 25", () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ label: `Entry ${i}`, detail: "d" }));
    const message = renderMessage(reply({ kind: "list", entries }), { visibility: "public" });
    expect(message.embeds?.map((e) => e.fields?.length)).toEqual([25, 5]);
    expect(message.flags).toBeUndefined();
  });

  it("leaves out Post to channel on a public message", () => {
    const shareable = reply({ items: [item("x")], actions: [{ type: "share" }] });
    expect(renderMessage(shareable, { visibility: "ephemeral" }).components).toHaveLength(1);
    expect(renderMessage(shareable, { visibility: "public" }).components).toEqual([]);
  });

  it("gives every button a unique custom_id, even when long queries are cut to the same one", () => {
    const long = `search ${"word ".repeat(40)}`;
    const message = renderMessage(
      reply({
        invocation: long,
        actions: [{ type: "share" }, { type: "page", page: 2, label: "More (2/3)" }],
        suggestions: [
          { label: "a", command: `${long}a` },
          { label: "b", command: `${long}b` },
        ],
      }),
      { visibility: "ephemeral" },
    );
    expect(messageProblems(message)).toEqual([]);
    const ids = (message.components ?? []).flatMap((row) =>
      "components" in row ? row.components.map((c) => ("custom_id" in c ? c.custom_id : "")) : [],
    );
    expect(ids.length).toBe(3);
  });

  it("labels Open buttons by passage, not by section: four excerpts of one section read apart", () => {
    const texts = [
      "condemning terrorism in all its forms, whoever the perpetrators and whatever their motives;",
      "working at the same time to end the human, political and social tragedies on which terrorism feeds;",
      "Same opening words, then a long enough tail that the label must be cut before the end of it;",
      "Same opening words, then a long enough tail that the label must be cut before the end of it, again;",
    ];
    const items = texts.map((text, i) => ({ ...item(text), passageId: `p${i}` }));
    const message = renderMessage(
      reply({
        items,
        actions: items.map((i) => ({ type: "open" as const, passageId: i.passageId })),
      }),
      { visibility: "ephemeral" },
    );
    const labels = (message.components ?? []).flatMap((row) =>
      "components" in row ? row.components.map((c) => ("label" in c ? (c.label ?? "") : "")) : [],
    );
    expect(labels).toHaveLength(4);
    expect(new Set(labels).size).toBe(4);
    expect(labels[0]).toBe(
      "Open: condemning terrorism in all its forms, whoever the perpetrators and…",
    );
    for (const label of labels) {
      expect(label.length).toBeLessThanOrEqual(80);
      expect(label).not.toContain("Financing");
    }
    expect(messageProblems(message)).toEqual([]);
  });

  it("stays within every limit when every text is huge", () => {
    const huge = "x ".repeat(5000);
    const message = renderMessage(
      reply({
        title: huge,
        intro: [huge, huge],
        items: Array.from({ length: 12 }, () => ({ ...item(huge), headline: huge })),
        suggestions: Array.from({ length: 30 }, (_, i) => ({ label: huge, command: `s ${i}` })),
      }),
      { visibility: "ephemeral", content: huge },
    );
    expect(messageProblems(message)).toEqual([]);
  });
});
