/**
 * Looking things up the way French speakers name them: a leading article or elision
 * (`partenaires l'Inde`, `de l’ONU`), a demonym in any gender and number (`russe`,
 * `Américaines`), a topic by its French title or by glossary words (`sujets les cinq
 * principes`, `sujets financement du terrorisme`). Names that are no topic stay unknown.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/commands/command.js";
import { frenchDemonymsOf } from "../../src/search/demonyms.js";
import { testBot } from "../helpers/content.js";

const french: Caller = { platform: "console", language: "fr" };
const bot = testBot();
const entityOf = async (text: string) =>
  (await bot.ask(text, { caller: french })).items.map((item) => item.passageId);

describe("entity names as French speakers write them", () => {
  it("reads past a leading article or elision", async () => {
    const india = await entityOf("partenaires Inde");
    expect(india.length).toBeGreaterThan(0);
    for (const typed of ["l'Inde", "l’Inde", "de l'Inde", "la Inde"])
      expect(await entityOf(`partenaires ${typed}`), typed).toEqual(india);
    expect(await entityOf("partenaires de l’ONU")).toEqual(await entityOf("partenaires ONU"));
    expect(await entityOf("partners the UN")).toEqual(await entityOf("partners UN"));
  });

  it("never takes an article alone for a name", async () => {
    for (const typed of ["la", "les", "de l'"]) {
      const reply = await bot.ask(`partenaires ${typed}`, { caller: french });
      expect(reply.title, typed).toBe("Partenaire inconnu");
    }
  });

  it("knows a country by its French demonym, in each gender and number", async () => {
    const russia = await entityOf("partenaires Russie");
    for (const typed of ["russe", "Russes"])
      expect(await entityOf(`partenaires ${typed}`), typed).toEqual(russia);
    const us = await entityOf("partenaires États-Unis");
    for (const typed of ["américain", "Américaine", "américains", "Américaines"])
      expect(await entityOf(`partenaires ${typed}`), typed).toEqual(us);
  });

  it("forms French demonyms from i18n-nationality's masculine singular", () => {
    expect(frenchDemonymsOf("India")).toEqual(["indien", "indiens", "indienne", "indiennes"]);
    expect(frenchDemonymsOf("Russia")).toEqual(["russe", "russes"]);
    expect(frenchDemonymsOf("France")).toEqual(["français", "française", "françaises"]);
    expect(frenchDemonymsOf("Security Council")).toEqual([]);
  });
});

describe("topics by their French titles and words", () => {
  const titleOf = async (text: string) => (await bot.ask(text, { caller: french })).title;

  it("finds a topic by its French title, with or without its article", async () => {
    const principles = await titleOf("sujets principles");
    expect(principles).toBe("Les cinq principes");
    for (const typed of ["Les cinq principes", "cinq principes", "les cinq PRINCIPES"])
      expect(await titleOf(`sujets ${typed}`), typed).toBe(principles);
  });

  it("reads French words through the glossary, as a French search does", async () => {
    expect(await titleOf("sujets financement du terrorisme")).toBe(
      await titleOf("sujets terrorist financing"),
    );
    expect(await titleOf("sujets justice pénale")).toBe(await titleOf("sujets criminal justice"));
    expect(await titleOf("sujets principes")).toBe("Les cinq principes");
  });

  it("still says so when no topic has the name", async () => {
    expect(await titleOf("sujets zzqxv")).toBe("Sujet inconnu");
    expect(await titleOf("sujets la")).toBe("Sujet inconnu");
  });
});

describe("what French replies suggest is French, and works", () => {
  const ask = (text: string) => testBot().ask(text, { caller: french });

  it("opens a topic by its French title, and that suggestion runs", async () => {
    const list = await ask("sujets");
    const line = list.intro.join(" ");
    expect(line).toContain("sujets Les cinq principes");
    expect((await ask("sujets Les cinq principes")).title).toBe("Les cinq principes");
  });

  it("suggests a search of a source with a word that source has, in French when the glossary has it", async () => {
    const en = await testBot().ask("sources", { caller: { platform: "console", language: "en" } });
    const fr = await ask("sources");
    const english = /search (\S+) source:(\S+)\./u.exec(en.intro.join(" "));
    const french = /recherche (\S+) source:(\S+)\./u.exec(fr.intro.join(" "));
    expect(english?.[1]).toBeDefined();
    expect(french?.[1]).not.toBe(english?.[1]);
    for (const text of [english?.[0], french?.[0]]) {
      const reply = await ask((text ?? "").replace(/\.$/u, ""));
      expect(reply.items.length, text).toBeGreaterThan(0);
    }
  });
});
