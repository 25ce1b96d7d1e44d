/**
 * A passage's date is its own: a passage dated apart from its document (the coalition teaser,
 * written after September 2014 on a page whose notice says 2016) is cited with that date and
 * a note saying why, in the reply model (`ask --json`), as plain text and in every renderer;
 * passages of the 2013 text keep the document's date.
 */
import { describe, expect, it } from "vitest";
import { renderMessage } from "../../adapters/discord/render/message.js";
import { renderBlocks } from "../../adapters/slack/render/blocks.js";
import { citationText, factItem } from "../../src/replies/cite.js";
import { contextTexts } from "../adapters/slack/message-parts.js";
import { testBot } from "../helpers/content.js";

const bot = testBot();

describe("citations carry the passage's own date", () => {
  it("cites the coalition teaser 2014–2016 with its note, not March 2013", async () => {
    const reply = await bot.ask("topics coalition");
    const teaser = reply.items.find((i) => i.passageId === "coalition-teaser");
    expect(teaser?.citation.date).toBe("2014–2016");
    expect(teaser?.citation.dateNote).toMatch(/September 2014.*2016/u);
    expect(teaser?.text.endsWith("including military action.")).toBe(true);
  });

  it("keeps every existing JSON field of a citation and only adds dateNote", async () => {
    const json = JSON.parse(JSON.stringify(await bot.ask("topics coalition"))) as {
      items: Array<{ citation: Record<string, unknown> }>;
    };
    expect(Object.keys(json.items[0]?.citation ?? {}).sort()).toEqual(
      ["date", "dateNote", "passageId", "publisher", "section", "sourceId", "title"].sort(),
    );
  });

  it("cites passages of the 2013 text March 2013, with no note", async () => {
    const reply = await bot.ask("principles");
    for (const item of reply.items) {
      expect(item.citation.date).toBe("March 2013");
      expect(item.citation.dateNote).toBeUndefined();
    }
  });

  it("cites facts quoted from the teaser with the teaser's date (daily posts too)", async () => {
    const fact = bot.content.factById.get("coalition-formed");
    if (fact === undefined) throw new Error("no fact coalition-formed");
    expect(factItem(bot.content, fact)?.citation.date).toBe("2014–2016");
  });

  it("shows the date and its note in the terminal, in Slack's context line and in Discord's footer", async () => {
    const reply = await bot.ask("topics coalition");
    const [item] = reply.items;
    if (item === undefined) throw new Error("no item");
    expect(citationText(item)).toContain("2014–2016. Dated from the page");
    expect(contextTexts(renderBlocks(reply)).join("\n")).toContain(
      "2014–2016 — Dated from the page",
    );
    const footer = renderMessage(reply, { visibility: "ephemeral" }).embeds?.[0]?.footer?.text;
    expect(footer).toContain("2014–2016. Dated from the page");
  });
});
