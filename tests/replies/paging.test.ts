/**
 * Long answers split into pages at passage boundaries, with More and Previous actions that
 * re-run the same command on another page.
 */
import { describe, expect, it } from "vitest";
import { decodeAction, encodeAction } from "../../src/replies/action-payload.js";
import type { Answer, LazyItems } from "../../src/replies/answers.js";
import { passagesAnswer } from "../../src/replies/answers.js";
import { PAGE_ITEMS_MAX, PAGE_TEXT_MAX, paginate } from "../../src/replies/paginate.js";
import type { ReplyItem } from "../../src/replies/reply.js";
import { toReply } from "../../src/replies/to-reply.js";
import { createSearchIndex } from "../../src/search/search-index.js";
import { bundledContent, testBot } from "../helpers/content.js";

const bot = testBot();

describe("paginate", () => {
  const item = (n: number, size: number) => ({ id: n, text: "x".repeat(size) });

  it("puts at most PAGE_ITEMS_MAX items on a page", () => {
    const pages = paginate(Array.from({ length: 12 }, (_, i) => item(i, 10)));
    expect(pages.map((p) => p.length)).toEqual([PAGE_ITEMS_MAX, PAGE_ITEMS_MAX, 2]);
  });

  it("starts a new page before the text budget is exceeded, never splitting an item", () => {
    const pages = paginate([item(1, 1800), item(2, 1800), item(3, 100)]);
    expect(pages.map((p) => p.map((i) => i.id))).toEqual([[1], [2, 3]]);
    for (const page of pages)
      expect(page.reduce((n, i) => n + i.text.length, 0)).toBeLessThanOrEqual(PAGE_TEXT_MAX);
  });

  it("gives an oversized item a page of its own rather than cutting it", () => {
    expect(paginate([item(1, PAGE_TEXT_MAX + 500)]).map((p) => p.length)).toEqual([1]);
  });

  it("keeps every item exactly once, in order", () => {
    const items = Array.from({ length: 23 }, (_, i) => item(i, (i * 397) % 1000));
    expect(paginate(items).flat()).toEqual(items);
  });
});

describe("paged replies", () => {
  it("splits a long search into pages with a More action, and serves page 2", async () => {
    const first = await bot.ask("counter terrorism");
    expect(first.page.count).toBeGreaterThan(1);
    expect(first.items).toHaveLength(PAGE_ITEMS_MAX);
    const more = first.actions.find((a) => a.type === "page");
    expect(more).toEqual({ type: "page", page: 2, label: `More (2/${first.page.count})` });

    const second = await bot.ask(first.invocation, { page: 2 });
    expect(second.page.number).toBe(2);
    expect(second.items[0]?.passageId).not.toBe(first.items[0]?.passageId);
    expect(second.actions).toContainEqual({ type: "page", page: 1, label: "Previous" });
    const ids = [...first.items, ...second.items].map((i) => i.passageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps open-passage actions to the items on the page", async () => {
    const second = await bot.ask("counter terrorism", { page: 2 });
    const opens = second.actions.flatMap((a) => (a.type === "open" ? [a.passageId] : []));
    expect(opens).toEqual(second.items.map((i) => i.passageId));
  });

  it("shows the last page when asked for one past the end", async () => {
    const reply = await bot.ask("principles", { page: 99 });
    expect(reply.page).toEqual({ number: 1, count: 1 });
  });

  it("round-trips a page through a button payload that fits Discord's custom_id", async () => {
    const first = await bot.ask("search counter terrorism");
    const more = first.actions.find((a) => a.type === "page");
    if (!more) throw new Error("expected a More action");
    const payload = encodeAction(first, more, 100);
    expect(payload.length).toBeLessThanOrEqual(100);
    const request = decodeAction(payload);
    expect(request).toEqual({ verb: "show", invocation: "search counter terrorism", page: 2 });
    const again = await bot.ask(request?.invocation ?? "", { page: request?.page ?? 1 });
    expect(again.page.number).toBe(2);
  });

  it("cuts a long command at a word boundary to fit a payload", async () => {
    const reply = await bot.ask(`search ${"terrorism ".repeat(30)}`);
    const payload = encodeAction(reply, { type: "share" }, 100);
    expect(payload.length).toBeLessThanOrEqual(100);
    expect(decodeAction(payload)?.invocation).toMatch(/^search( terrorism)+$/u);
  });

  it("rejects payloads it did not make", () => {
    expect(decodeAction("ct1:x:1:help")).toBeUndefined();
    expect(decodeAction("something else")).toBeUndefined();
    expect(decodeAction("ct1:p:1:")).toBeUndefined();
  });
});

describe("lazy pages (issue 12, goal 3)", () => {
  const item = (n: number, size: number): ReplyItem => ({
    passageId: `p${n}`,
    text: "x".repeat(size),
    citation: {
      sourceId: "s",
      title: "t",
      publisher: "p",
      section: "s",
      date: "2013",
      passageId: `p${n}`,
    },
    marks: [],
  });
  const sizes = [10, 1800, 1800, 100, 40, 3500, 5, 5, 5, 5, 5, 5, 900];
  const all = sizes.map((size, n) => item(n, size));
  const built: number[] = [];
  const lazy: LazyItems = {
    count: all.length,
    textLength: (i) => all[i]?.text.length ?? 0,
    build: (from, to) => {
      for (let i = from; i < to; i++) built.push(i);
      return all.slice(from, to);
    },
  };
  const answer = (items: Answer["items"]): Answer => ({
    ...passagesAnswer("Results", []),
    items,
    shareable: true,
  });

  it("cuts the same pages as the built items, for every page and past the end", () => {
    const pages = paginate(all).length;
    for (let page = 1; page <= pages + 1; page++)
      expect(toReply(answer(lazy), "search x", page)).toEqual(
        toReply(answer(all), "search x", page),
      );
  });

  it("builds only the items of the page shown", () => {
    built.length = 0;
    const reply = toReply(answer(lazy), "search x", 2);
    expect(built).toEqual(reply.items.map((i) => Number(i.passageId.slice(1))));
    expect(built.length).toBeLessThan(all.length);
  });

  it("shows on page 2 of a search the marks its hits have", async () => {
    const index = createSearchIndex(bundledContent());
    const outcome = index.search("terrorism");
    if (!("hits" in outcome)) throw new Error(`expected hits, got ${outcome.kind}`);
    const second = await bot.ask("search terrorism", { page: 2 });
    for (const shown of second.items) {
      const hit = outcome.hits.find((h) => h.passage.id === shown.passageId);
      expect(shown.marks).toEqual(hit?.marks);
      expect(shown.marks.length).toBeGreaterThan(0);
    }
  });
});
