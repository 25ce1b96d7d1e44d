/**
 * Commands in French show our French topic titles, summaries and fact headlines; the quoted
 * passages and fact quotes stay verbatim in English, and English replies are unchanged.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/commands/command.js";
import { testBot } from "../helpers/content.js";

const bot = testBot();
const french: Caller = { platform: "console", language: "fr" };
const english: Caller = { platform: "console", language: "en" };

describe("our content text in French replies", () => {
  it("titles a topic and its summary in French, its passages verbatim", async () => {
    const fr = await bot.ask("topics principles", { caller: french });
    const en = await bot.ask("topics principles", { caller: english });
    expect(fr.title).toBe("Les cinq principes");
    expect(fr.intro).toContain(
      "Les principes sur lesquels repose l’action de la France contre le terrorisme.",
    );
    expect(en.title).toBe("The five principles");
    expect(fr.items.map((item) => item.text)).toEqual(en.items.map((item) => item.text));
  });

  it("titles a topic found by search in French", async () => {
    const fr = await bot.ask("search terrorist financing", { caller: french });
    const en = await bot.ask("search terrorist financing", { caller: english });
    expect(en.title).toBe("Terrorist financing");
    expect(fr.title).toBe("Le financement du terrorisme");
    expect(fr.intro).toContain("Les liens financiers entre terrorisme et criminalité organisée.");
  });

  it("puts the French headline over the English quote of a fact", async () => {
    for (const text of ["fact", "fact random"]) {
      const [fr] = (await testBot().ask(text, { caller: french })).items;
      const [en] = (await testBot().ask(text, { caller: english })).items;
      const fact = bot.content.facts.find((f) => f.quote === en?.text);
      expect(fact).toBeDefined();
      expect(en?.headline).toBe(fact?.headline);
      expect(fr?.headline).toBe(fact?.frenchHeadline);
      expect(fr?.text).toBe(fact?.quote);
    }
  });

  it("lists every topic with its French title and summary", async () => {
    const reply = await bot.ask("sujets", { caller: french });
    const text = JSON.stringify(reply);
    for (const topic of bot.content.topics) {
      expect(text).toContain(topic.french?.title);
      expect(text).toContain(topic.french?.summary);
    }
  });
});
