/**
 * Many sources side by side: `sources` and `source <id>`, search across packs and narrowed with
 * `source:<id>`, the newer source first on ties, each item citing its own source and date,
 * and each citation's link (the source page with PUBLIC_URL, else the original address).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderEmbeds } from "../../adapters/discord/render/embeds.js";
import { renderBlocks } from "../../adapters/slack/render/blocks.js";
import { createBot } from "../../src/commands/create-bot.js";
import { loadContent } from "../../src/content/load-content.js";
import { withSourcePages } from "../../src/content/source-pages.js";
import type { Reply } from "../../src/replies/reply.js";
import { bundledContent } from "../helpers/content.js";
import { emptyContentDir, twoPackDir, writePack } from "../helpers/packs.js";

const twoPacks = loadContent([twoPackDir()]);
const bot = createBot({ content: twoPacks });
const sourcesOf = (reply: Reply) => reply.items.map((i) => i.citation.sourceId);

describe("sources side by side", () => {
  it("says which excerpts are in another language, never labelling them all with one", async () => {
    const dir = twoPackDir();
    const folder = writePack(dir, {
      id: "note-fr-2021",
      title: "Note sur l’Inde",
      date: "2021-06-15",
      dateLabel: "juin 2021",
      passages: [{ id: "inde-fr", section: "Inde", text: "La France et India coopèrent." }],
    });
    const yaml = join(folder, "source.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("language: en", "language: fr"));
    const mixed = createBot({ content: loadContent([dir]) });
    const english = await mixed.ask("partners India");
    expect(english.items.map((i) => i.passageId)).toEqual(["eu-cooperation", "inde-fr"]);
    expect(english.intro).toContain("One excerpt is in French.");
    expect(english.intro.join(" ")).not.toContain("Excerpts (in French)");
    const french = await mixed.ask("partenaires Inde", {
      caller: { platform: "console", language: "fr" },
    });
    expect(french.intro).toContain("Un extrait est en anglais.");
    // `=` is the words as typed in any language: the French passage that has the word.
    const exact = await mixed.ask("search =coopèrent", {
      caller: { platform: "console", language: "fr" },
    });
    expect(exact.items.map((i) => i.passageId)).toEqual(["inde-fr"]);
    // All in one other language: the heading as before.
    expect((await bot.ask("principes")).intro.at(-1)).toBe("Extraits (en anglais) :");
  });

  it("follows a topic or entity answer with the other sources' passages that have the words", async () => {
    const dir = twoPackDir();
    writePack(dir, {
      id: "money-note-2024",
      title: "A note on terrorist money",
      date: "2024-05-01",
      dateLabel: "May 2024",
      passages: [
        { id: "money-1", section: "Money", text: "No Money for Terror was held in Paris." },
        { id: "money-2", section: "India", text: "India and France met on terrorist money." },
      ],
    });
    const three = createBot({ content: loadContent([dir]) });
    // "money" is an alias of the bundled pack's financing topic, whose passages never say it.
    const money = await three.ask("search money");
    expect(money.title).toBe("Terrorist financing");
    const ids = money.items.map((i) => i.passageId);
    expect(ids).toContain("money-1");
    expect(ids.indexOf("money-1")).toBeGreaterThan(0);
    // India is an entity of the bundled pack; the note names it too, after the listed passages.
    const india = await three.ask("partners India");
    expect(india.items.map((i) => i.passageId)).toEqual(["eu-cooperation", "money-2"]);
    expect(india.intro.join(" ")).toContain("India is mentioned in 2 passages.");
    // With one source nothing changes.
    expect((await bot.ask("partners India")).items.map((i) => i.passageId)).toEqual([
      "eu-cooperation",
    ]);
  });

  it("suggests searching the newest source with a word its passages have, which finds them", async () => {
    const dir = twoPackDir();
    writePack(dir, {
      id: "kiwi-note-2024",
      title: "A note on kiwi orchards",
      date: "2024-05-01",
      dateLabel: "May 2024",
      passages: [
        { id: "kiwi-1", section: "Orchards", text: "Orchards of kiwi vines need shelter belts." },
        { id: "kiwi-2", section: "Orchards", text: "Young orchards are planted in spring." },
      ],
    });
    const three = createBot({ content: loadContent([dir]) });
    const intro = (await three.ask("sources")).intro.join(" ");
    const example = /search (\S+) source:kiwi-note-2024/u.exec(intro);
    expect(example?.[1]).toBe("orchards");
    const found = await three.ask(example?.[0] ?? "");
    expect(found.items.map((i) => i.passageId).sort()).toEqual(["kiwi-1", "kiwi-2"]);
  });

  it("lists every source with title, publisher, date and passage count, newest first", async () => {
    const reply = await bot.ask("sources");
    expect(reply.kind).toBe("list");
    expect(reply.entries.map((e) => e.label)).toEqual([
      "The principles of France’s counter-terrorism action",
      "Fixture note on the UN strategy",
    ]);
    expect(reply.entries[0]?.detail).toMatch(
      /^French Ministry .*, March 2013 · 14 passages · id fr-mfa-ct-2013$/u,
    );
    expect(reply.entries[1]?.detail).toBe(
      "ct-bot test fixtures, September 2006 · 2 passages · id un-fixture-2006",
    );
    expect(reply.entries.map((e) => e.command)).toEqual([
      "source fr-mfa-ct-2013",
      "source un-fixture-2006",
    ]);
  });

  it("shows one source by id, lists them for a bare `source`, and names the ids for an unknown one", async () => {
    const one = await bot.ask("source un-fixture-2006");
    expect(one.entries[0]).toEqual({
      label: "Fixture note on the UN strategy",
      detail: "ct-bot test fixtures, September 2006",
    });
    expect((await bot.ask("source")).title).toBe("Sources");
    const unknown = await bot.ask("source nope");
    expect(unknown.kind).toBe("notice");
    expect(unknown.intro.join(" ")).toContain("fr-mfa-ct-2013, un-fixture-2006");
    // With one source, `source` alone still shows it.
    const single = createBot({ content: bundledContent() });
    expect((await single.ask("source")).entries[0]?.label).toBe(
      "The principles of France’s counter-terrorism action",
    );
  });

  it("searches every source, each item citing its own source and date", async () => {
    const reply = await bot.ask("search human rights");
    expect(new Set(sourcesOf(reply))).toEqual(new Set(["fr-mfa-ct-2013", "un-fixture-2006"]));
    for (const item of reply.items) {
      const source = twoPacks.sourceById.get(item.citation.sourceId);
      expect(item.citation.title).toBe(source?.title);
      expect(item.citation.date).toBe(source?.dateLabel);
    }
  });

  it("narrows a search to one source with source:<id>, any case, anywhere in the text", async () => {
    for (const text of [
      "search human rights source:un-fixture-2006",
      "search source:UN-fixture-2006 human rights",
      "human rights source:un-fixture-2006",
    ]) {
      const reply = await bot.ask(text);
      expect(reply.items.length, text).toBeGreaterThan(0);
      expect(new Set(sourcesOf(reply)), text).toEqual(new Set(["un-fixture-2006"]));
      expect(reply.invocation.toLowerCase(), text).toBe(
        "search human rights source:un-fixture-2006",
      );
    }
    // Names and topics too: GCTF is named only in the 2013 document, the pillars topic only in 2006.
    expect((await bot.ask("search GCTF source:un-fixture-2006")).kind).toBe("notice");
    expect(
      (await bot.ask("search GCTF source:fr-mfa-ct-2013")).items.map((i) => i.passageId),
    ).toContain("gctf");
    expect((await bot.ask("search four pillars source:fr-mfa-ct-2013")).items).toEqual([]);
    const unknown = await bot.ask("search financing source:nope");
    expect(unknown.title).toBe("No such source");
    expect(unknown.suggestions.map((s) => s.command)).toContain(
      "search financing source:un-fixture-2006",
    );
  });

  it("takes the source as a Discord option, with autocomplete on ids and titles", async () => {
    const reply = await bot.run(
      { command: "search", args: { query: "human rights", source: "un-fixture-2006" } },
      { caller: { platform: "discord" } },
    );
    expect(new Set(sourcesOf(reply))).toEqual(new Set(["un-fixture-2006"]));
    expect(bot.complete("sources", "fixture")).toEqual([
      { name: "Fixture note on the UN strategy (un-fixture-2006)", value: "un-fixture-2006" },
    ]);
    expect(bot.complete("sources", "").map((c) => c.value)).toEqual([
      "fr-mfa-ct-2013",
      "un-fixture-2006",
    ]);
  });

  it("ranks the newer source first when two passages tie, and dates each by its own source", async () => {
    const dir = emptyContentDir();
    const text = "The quokka council meets every spring in the valley.";
    // The older pack's id sorts first: only the date can put the newer one ahead.
    writePack(dir, {
      id: "a-older",
      title: "Older note",
      date: "2001-05",
      dateLabel: "May 2001",
      passages: [{ id: "a-quokka", section: "Notes", text }],
    });
    writePack(dir, {
      id: "b-newer",
      title: "Newer note",
      date: "2020-01",
      dateLabel: "January 2020",
      passages: [{ id: "b-quokka", section: "Notes", text }],
    });
    const reply = await createBot({ content: loadContent([dir]) }).ask("search quokka council");
    expect(reply.items.map((i) => [i.passageId, i.citation.date])).toEqual([
      ["b-quokka", "January 2020"],
      ["a-quokka", "May 2001"],
    ]);
  });
});

describe("citation links", () => {
  const dir = emptyContentDir();
  writePack(dir, {
    id: "linked",
    title: "A linked <note> & more",
    date: "2024",
    dateLabel: "2024",
    url: "https://example.org/doc?a=1&b=<2>|x",
    passages: [{ id: "linked-one", section: "Notes", text: "The heron committee reports yearly." }],
  });
  writePack(dir, {
    id: "unlinked",
    title: "An unlinked note",
    date: "2023",
    dateLabel: "2023",
    passages: [{ id: "unlinked-one", section: "Notes", text: "The heron survey is unlinked." }],
  });
  const plain = loadContent([dir]);

  it("links to the source's original address without PUBLIC_URL, and nowhere when it has none", async () => {
    const reply = await createBot({ content: plain }).ask("search heron");
    const urls = Object.fromEntries(reply.items.map((i) => [i.passageId, i.citation.url]));
    expect(urls).toEqual({
      "linked-one": "https://example.org/doc?a=1&b=%3C2%3E|x",
      "unlinked-one": undefined,
    });
  });

  it("links every citation to its passage on the source page with PUBLIC_URL", async () => {
    const content = withSourcePages(plain, "https://bot.example.org/ct/");
    const reply = await createBot({ content }).ask("search heron");
    expect(reply.items.map((i) => i.citation.url).sort()).toEqual([
      "https://bot.example.org/ct/sources/linked#linked-one",
      "https://bot.example.org/ct/sources/unlinked#unlinked-one",
    ]);
  });

  it("renders the link in Slack mrkdwn, escaped, and as the Discord embed's author link", async () => {
    const reply = await createBot({ content: plain }).ask("search heron committee");
    const slack = JSON.stringify(renderBlocks(reply).blocks);
    expect(slack).toContain(
      "<https://example.org/doc?a=1&amp;b=%3C2%3E%7Cx|Source: Notes · A linked &lt;note&gt; &amp; more",
    );
    const [embed] = renderEmbeds(reply);
    expect(embed?.author).toEqual({
      name: "Read in context: A linked <note> & more",
      url: "https://example.org/doc?a=1&b=%3C2%3E|x",
    });
  });
});
