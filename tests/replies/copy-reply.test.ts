/**
 * Replies are copied field by field, never spread (issue 12: a spread that adds a key gave
 * each copy a hidden class of its own): a copy holds every field of its reply.
 */
import { describe, expect, it } from "vitest";
import { copyReply, type Reply } from "../../src/replies/reply.js";
import { testBot } from "../helpers/content.js";

/** A reply with every field of {@link Reply} set, optional ones included. */
const full: Required<Reply> = {
  kind: "error",
  title: "Title",
  intro: ["Intro"],
  items: [],
  entries: [{ label: "Label", detail: "Detail" }],
  suggestions: [],
  page: { number: 2, count: 3, itemOffset: 5 },
  actions: [{ type: "share" }],
  invocation: "search x",
  reference: "ref-1",
  language: "fr",
};

describe("copyReply", () => {
  it("copies every field of a reply", () => {
    expect(copyReply(full)).toEqual({ ...full });
    expect(Object.keys(copyReply(full)).sort()).toEqual(Object.keys(full).sort());
  });

  it("applies changes, and leaves out an optional field set to undefined", () => {
    const changed = copyReply(full, { intro: ["Other"], language: undefined });
    expect(changed).toEqual({ ...full, intro: ["Other"], language: undefined });
    expect("language" in changed).toBe(false);
    expect("reference" in copyReply(full, { reference: undefined })).toBe(false);
  });

  it("keeps a French reply's language and its answer's fields through the whole command", async () => {
    const bot = testBot();
    const reply = await bot.ask("recherche financement");
    expect(reply.language).toBe("fr");
    expect(reply.items.length).toBeGreaterThan(0);
    expect(Object.keys(reply)).not.toContain("shareable");
    expect(Object.keys(reply)).not.toContain("openItems");
  });
});
