/**
 * Arguments in French: the choices of `fait` and `quotidien` have French names, shown in French
 * usage lines and help and accepted when typed (accents, case and apostrophes aside), in any
 * language; the English values keep working. Usage lines in French use French placeholders.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/commands/command.js";
import { formatExample, formatUsage } from "../../src/commands/format-example.js";
import { parseCommandText } from "../../src/commands/parse-command.js";
import { COMMANDS, findCommand } from "../../src/commands/registry.js";
import { parseDailyText } from "../../src/daily/daily-options.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { testBot } from "../helpers/content.js";

const french: Caller = { platform: "console", language: "fr" };
const english: Caller = { platform: "console", language: "en" };
const { t } = createTranslator("fr");

describe("fact's choices in French", () => {
  it("runs `fait hasard` as `fact random`, and `aujourd’hui` however it is typed", async () => {
    const random = await testBot().ask("fact random", { caller: french });
    expect((await testBot().ask("fait hasard", { caller: french })).items).toEqual(random.items);
    const today = await testBot().ask("fact today", { caller: french });
    for (const typed of ["aujourd’hui", "aujourd'hui", "Aujourdhui", "AUJOURD’HUI", "today"])
      expect((await testBot().ask(`fait ${typed}`, { caller: french })).items).toEqual(today.items);
  });

  it("accepts the French names from someone whose locale is English", async () => {
    const random = await testBot().ask("fact random", { caller: english });
    expect((await testBot().ask("fact hasard", { caller: english })).items).toEqual(random.items);
  });

  it("names the French choices when a choice is wrong", async () => {
    const reply = await testBot().ask("fait demain", { caller: french });
    expect(reply.intro.join("\n")).toContain("Pour fait, choisissez aujourd’hui ou hasard.");
    expect(reply.intro.join("\n")).toContain("Utilisation : fait [aujourd’hui|hasard]");
  });
});

describe("daily's choices in French", () => {
  it("reads French actions, days and `langue:` in any order after the action", () => {
    expect(parseDailyText("activer 9h en semaine Europe/Paris langue:fr", t)).toEqual({
      ok: true,
      args: { action: "on", time: "09:00", days: "weekdays", timezone: "Europe/Paris", lang: "fr" },
    });
    expect(parseDailyText("activer 08:30 tous les jours", t)).toEqual({
      ok: true,
      args: { action: "on", time: "08:30", days: "everyday" },
    });
    for (const [typed, action] of [
      ["désactiver", "off"],
      ["desactiver", "off"],
      ["état", "status"],
      ["Etat", "status"],
      ["aperçu", "preview"],
      ["status", "status"],
    ])
      expect(parseDailyText(typed ?? "", t)).toEqual({ ok: true, args: { action } });
  });

  it("answers a wrong action or extra words in the words the person uses", () => {
    const wrong = parseDailyText("allumer", t);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.problem).toContain(
        "n’est pas une action de quotidien. Utilisez activer, désactiver, état ou aperçu.",
      );
    const extras = parseDailyText("désactiver 09:00", t);
    expect(extras.ok).toBe(false);
    if (!extras.ok) expect(extras.problem).toContain("« désactiver »");
  });

  it("parses a French line typed through the command parser", () => {
    const parsed = parseCommandText("quotidien activer 17h30 en-semaine", COMMANDS, "fr");
    expect(parsed.ok && parsed.invocation).toEqual({
      command: "daily",
      args: { action: "on", time: "17:30", days: "weekdays" },
    });
  });
});

describe("usage lines and examples in French", () => {
  const daily = findCommand("daily");
  const search = findCommand("search");

  it("uses French placeholders and choice names in text, and keeps English in English", () => {
    expect(search && formatUsage(search, "console", "fr")).toBe(
      "recherche <requête> [source:<id>]",
    );
    expect(daily && formatUsage(daily, "slack", "fr")).toBe(
      "/ct quotidien activer [HH:MM] [fuseau] [en-semaine|tous-les-jours] | désactiver | état | aperçu",
    );
    expect(daily && formatUsage(daily, "console", "en")).toBe(daily?.usage);
  });

  it("shows Discord options with their French names and French choices", () => {
    expect(daily && formatUsage(daily, "discord", "fr")).toContain(
      "action:activer|désactiver|état|aperçu",
    );
    expect(formatExample("daily on 09:00 weekdays", "discord", COMMANDS, "fr")).toBe(
      "/ct quotidien action:activer heure:09:00 jours:en-semaine",
    );
  });

  it("writes examples with French choice and option names", () => {
    expect(formatExample("daily on 09:00 Europe/Paris lang:fr", "slack", COMMANDS, "fr")).toBe(
      "/ct quotidien activer 09:00 Europe/Paris langue:fr",
    );
    // Words that are not choices stay as written, even when they look like one.
    expect(formatExample("search on status", "console", COMMANDS, "fr")).toBe(
      "recherche on status",
    );
  });

  it("gives French examples in French help, and help lists no English placeholder", async () => {
    const help = await testBot().ask("aide recherche", { caller: french });
    const lines = (help.entries ?? []).map((entry) => entry.detail).join("\n");
    expect(lines).toContain("recherche financement");
    expect(lines).not.toContain("financing");
    const all = await testBot().ask("aide", { caller: french });
    const usages = (all.entries ?? []).map((entry) => entry.label).join("\n");
    for (const english of ["[name]", "[command]", "<query>", "[today|random]", "timezone"])
      expect(usages).not.toContain(english);
  });
});
