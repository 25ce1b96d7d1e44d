/**
 * Every command's answer through the bot, as the console and CLI see it.
 */
import { describe, expect, it } from "vitest";
import type { CommandDefinition } from "../../src/commands/command.js";
import { createBot } from "../../src/commands/create-bot.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { sourceCommand } from "../../src/commands/source.js";
import { testBot } from "../helpers/content.js";

const bot = testBot();

describe("commands", () => {
  it("answers principles with the five principles, each cited", async () => {
    const reply = await bot.ask("/ct principles");
    expect(reply.kind).toBe("passages");
    expect(reply.items.map((i) => i.passageId)).toEqual([
      "principle-condemn-terrorism",
      "principle-end-root-tragedies",
      "principle-human-rights",
      "principle-criminal-justice",
      "principle-organised-crime",
    ]);
    for (const item of reply.items) {
      expect(item.citation).toMatchObject({
        title: "The principles of France’s counter-terrorism action",
        publisher: "French Ministry of Foreign Affairs and International Development",
        date: "March 2013",
        passageId: item.passageId,
      });
    }
  });

  it("answers partners India with the passage naming India, India marked", async () => {
    const reply = await bot.ask("partners India");
    expect(reply.title).toBe("What the document says about India");
    const [item] = reply.items;
    expect(item?.passageId).toBe("eu-cooperation");
    expect(item?.marks.map(([s, e]) => item.text.slice(s, e))).toEqual(["India"]);
  });

  it("lists partners when no name is given", async () => {
    const reply = await bot.ask("partners");
    expect(reply.kind).toBe("list");
    expect(reply.entries.map((e) => e.label)).toEqual(
      expect.arrayContaining([
        "United Nations",
        "Global Counter-Terrorism Forum",
        "India",
        "Niger",
      ]),
    );
    expect(reply.entries.find((e) => e.label === "India")?.command).toBe("partners India");
  });

  it("suggests the closest partner for a misspelt name when unsure", async () => {
    // Too short to correct with confidence (issue 11.3: "did you mean" when unsure).
    const reply = await bot.ask("partners Indi");
    expect(reply.kind).toBe("notice");
    expect(reply.suggestions).toEqual([{ label: "India", command: "partners India" }]);
  });

  it("answers a plain typo of one partner's name, saying what it corrected", async () => {
    // Issue 11.3 changed this: "Pakistn" used to answer "No such partner" with a suggestion.
    for (const [typed, name] of [
      ["Pakistn", "Pakistan"],
      ["Indai", "India"],
    ]) {
      const reply = await bot.ask(`partners ${typed}`);
      expect(reply.title).toBe(`What the document says about ${name}`);
      expect(reply.intro[0]).toBe(`Showing results for “${name}” (you typed “${typed}”).`);
    }
  });

  it("answers forums with a forum, and a forum by alias", async () => {
    expect((await bot.ask("forums")).entries.map((e) => e.label)).toContain("UN Security Council");
    expect((await bot.ask("forums UNSC")).items[0]?.passageId).toBe("un-legal-norm");
  });

  it("answers a partner asked for as a forum (or the reverse), saying it is not listed as one", async () => {
    const india = await bot.ask("forums India");
    expect(india.items.length).toBeGreaterThan(0);
    expect(india.intro).toContain("The document does not list India among the forums.");
    const daesh = await bot.ask("partners Daesh");
    expect(daesh.intro).toContain("The document does not list Daesh among the partners.");
    // A name of both kinds gets no such line.
    expect((await bot.ask("forums UN")).intro.join(" ")).not.toContain("does not list");
    const french = await bot.ask("forums Inde", {
      caller: { platform: "console", language: "fr" },
    });
    expect(french.intro).toContain("Le document ne range pas Inde parmi les enceintes.");
  });

  it("lists topics and opens one by name or id", async () => {
    expect((await bot.ask("topics")).entries).toHaveLength(bot.content.topics.length);
    expect((await bot.ask("topics capacity building")).items.map((i) => i.passageId)).toEqual([
      "technical-assistance",
      "sahel-capacity-building",
      "eu-cooperation",
    ]);
    expect((await bot.ask("topics g8-recommendations")).items[0]?.passageId).toBe(
      "g8-recommendations",
    );
  });

  it("searches, and treats text that is not a command as a search", async () => {
    const explicit = await bot.ask("search financing of terrorists");
    const implicit = await bot.ask("financing of terrorists");
    expect(implicit.items).toEqual(explicit.items);
    expect(explicit.actions).toContainEqual({ type: "open", passageId: "g8-recommendations" });
  });

  it("says when nothing matched and suggests a correction", async () => {
    const reply = await bot.ask("search solidarty");
    expect(reply.items).toHaveLength(1);
    const none = await bot.ask("search Inda");
    expect(none.kind).toBe("notice");
    expect(none.items).toEqual([]);
    expect(none.suggestions).toEqual([{ label: "India", command: "search India" }]);
  });

  it("says what a search corrected and offers the original, searched exactly", async () => {
    const reply = await bot.ask("search terorism");
    expect(reply.intro[0]).toBe("Showing results for “terrorism” (you typed “terorism”).");
    expect(reply.suggestions).toEqual([{ label: "terorism", command: "search =terorism" }]);
    expect(reply.items[0]?.passageId).not.toBe("principles-intro");
    const original = await bot.ask("search =terorism");
    expect(original.kind).toBe("notice");
    expect(original.suggestions[0]).toEqual({ label: "terrorism", command: "search terrorism" });
    expect((await bot.ask("search Sahle")).items[0]?.passageId).toBe("sahel-capacity-building");
  });

  it("opens topics by the names of their entities (issue 11.3)", async () => {
    for (const [name, first] of [
      ["daesh", "coalition-teaser"],
      ["G8", "g8-recommendations"],
      ["un", "ct-commitment"],
      ["global coalition against daesh", "coalition-teaser"],
    ]) {
      const reply = await bot.ask(`topics ${name}`);
      expect(reply.kind, name).toBe("passages");
      expect(reply.items[0]?.passageId, name).toBe(first);
    }
    const none = await bot.ask("topics russia");
    expect(none.kind).toBe("notice");
    expect(none.suggestions).toContainEqual({ label: "Russia", command: "search Russia" });
  });

  it("answers partners by demonym and forums with the defining passage first", async () => {
    expect((await bot.ask("partners russian")).title).toBe("What the document says about Russia");
    expect((await bot.ask("partners Indian")).title).toBe("What the document says about India");
    expect((await bot.ask("forums gctf")).items.map((i) => i.passageId)).toEqual([
      "gctf",
      "ct-commitment",
    ]);
  });

  it("gives the same fact of the day all day, and a different one the next day", async () => {
    const morning = await testBot("2026-03-01T06:00:00Z").ask("fact today");
    const evening = await testBot("2026-03-01T22:00:00Z").ask("fact");
    const tomorrow = await testBot("2026-03-02T06:00:00Z").ask("fact");
    expect(morning.kind).toBe("fact");
    expect(evening.items).toEqual(morning.items);
    expect(tomorrow.items[0]?.text).not.toBe(morning.items[0]?.text);
    expect(morning.items[0]?.headline).toBeTruthy();
    expect(morning.actions).toContainEqual({
      type: "related",
      passageId: morning.items[0]?.passageId,
    });
  });

  it("answers fact random with a verbatim quote", async () => {
    const reply = await bot.ask("fact random");
    const fact = bot.content.facts.find((f) => f.quote === reply.items[0]?.text);
    expect(fact).toBeDefined();
  });

  it("shows the source with its date and rights", async () => {
    const reply = await bot.ask("source");
    const details = reply.entries.map((e) => `${e.label}: ${e.detail}`).join("\n");
    expect(details).toContain("March 2013");
    expect(details).toContain(
      "All rights reserved - French Ministry of Foreign Affairs and International Development - 2016",
    );
    // The bundled source records no address, and no PUBLIC_URL serves it: said, not left out.
    expect(details).toContain("Link: none recorded");
  });

  it("validates daily and says it is not available without a platform", async () => {
    expect((await bot.ask("daily on 08:30 Europe/Paris weekdays")).title).toBe(
      "Daily posts are not available here",
    );
    const badTime = await bot.ask("daily on 25:00");
    expect(badTime.kind).toBe("notice");
    expect(badTime.intro.join(" ")).toContain("“25:00” is not a time of day");
    const badZone = await bot.ask("daily on 09:00 Mars/Olympus");
    expect(badZone.intro.join(" ")).toContain("“Mars/Olympus” is not a timezone");
    expect((await bot.ask("daily sometimes")).intro.join(" ")).toContain("is not a daily action");
  });

  it("opens a passage in full and finds related passages (button commands)", async () => {
    expect((await bot.ask("passage gctf")).items[0]?.passageId).toBe("gctf");
    const related = await bot.ask("related sahel-capacity-building");
    expect(related.items.length).toBeGreaterThan(0);
    expect(related.items.map((i) => i.passageId)).not.toContain("sahel-capacity-building");
  });

  it("runs structured invocations (platform options) like text", async () => {
    const structured = await bot.run(
      { command: "partners", args: { name: "India" } },
      { caller: { platform: "discord" } },
    );
    expect(structured.items[0]?.passageId).toBe("eu-cooperation");
    expect(structured.invocation).toBe("partners India");
  });

  it("turns a failing command into an apology with a reference id, never a throw", async () => {
    const failing: CommandDefinition = {
      ...sourceCommand,
      run: () => {
        throw new Error("disk on fire");
      },
    };
    const broken = createBot({
      content: bot.content,
      commands: COMMANDS.map((c) => (c.name === "source" ? failing : c)),
    });
    const reply = await broken.ask("source");
    expect(reply.kind).toBe("error");
    expect(reply.reference).toMatch(/^[0-9a-f]{8}$/u);
    expect(reply.intro.join(" ")).toContain(reply.reference);
    expect(JSON.stringify(reply)).not.toContain("disk on fire");
  });
});

describe("help, generated from the registry", () => {
  it("lists every visible command with its description, and no hidden one", async () => {
    const reply = await bot.ask("help");
    const visible = COMMANDS.filter((c) => !c.hidden);
    expect(reply.entries.map((e) => e.label)).toEqual(visible.map((c) => c.usage));
    // In the terminal, commands that work only in Slack and Discord say so after the description.
    expect(reply.entries.map((e) => e.detail)).toEqual(
      visible.map((c) =>
        c.platforms ? `${c.description} · only in Slack and Discord` : c.description,
      ),
    );
    expect(reply.entries.map((e) => e.label).join(" ")).not.toContain("passage");
  });

  it("formats usage the way each platform types it", async () => {
    const slack = await bot.ask("help", { caller: { platform: "slack" } });
    expect(slack.entries.map((e) => e.label)).toContain("/ct partners [name]");
    const discord = await bot.ask("help partners", { caller: { platform: "discord" } });
    expect(discord.entries.map((e) => e.detail)).toContain("/ct partners name:India");
  });

  it("has examples that all parse to their own command", async () => {
    for (const command of COMMANDS) {
      for (const example of command.examples) {
        const reply = await bot.ask(example);
        expect(reply.invocation.split(" ")[0], example).toBe(command.name);
        expect(reply.kind, example).not.toBe("error");
      }
    }
  });

  it("answers empty text with help", async () => {
    expect((await bot.ask("")).entries.length).toBeGreaterThan(5);
    expect((await bot.ask("/ct")).title).toContain("ct-bot");
  });
});
