/**
 * The `/ct` definition generated from the registry: one subcommand per visible command, string
 * options as declared, `mention` on lookups, usable in servers and in DMs with the bot.
 */
import { describe, expect, it } from "vitest";
import {
  buildCtCommand,
  type CommandOptionJson,
} from "../../../adapters/discord/render/command-definition.js";
import { COMMANDS } from "../../../src/commands/registry.js";

const ct = buildCtCommand(COMMANDS);
const sub = (name: string) => ct.options.find((o) => o.name === name);

describe("the /ct command definition", () => {
  it("has one subcommand per visible registry command, in registry order, hidden ones left out", () => {
    expect(ct.name).toBe("ct");
    expect(ct.options.map((o) => o.name)).toEqual([
      "help",
      "principles",
      "partners",
      "forums",
      "topics",
      "search",
      "fact",
      "daily",
      "sources",
      "source",
    ]);
    for (const option of ct.options) expect(option.type).toBe(1);
  });

  it("declares partners, forums and search options as autocompleted strings", () => {
    expect(sub("partners")?.options?.[0]).toEqual({
      type: 3,
      name: "name",
      description: "A partner, e.g. India, UN, GCTF",
      name_localizations: { fr: "nom" },
      description_localizations: { fr: "Un partenaire, par exemple Inde, ONU, GCTF" },
      required: false,
      autocomplete: true,
      max_length: 100,
    });
    expect(sub("forums")?.options?.[0]).toMatchObject({ name: "name", autocomplete: true });
    expect(sub("search")?.options?.[0]).toMatchObject({
      name: "query",
      required: true,
      autocomplete: true,
      max_length: 200,
    });
  });

  it("keeps declared choices, and never sets autocomplete beside them", () => {
    const which = sub("fact")?.options?.find((o) => o.name === "which");
    expect(which?.choices?.map((c) => c.value)).toEqual(["today", "random"]);
    const all = ct.options.flatMap((o) => o.options ?? []);
    expect(all.filter((o) => o.choices && o.autocomplete)).toEqual([]);
  });

  it("names choices in French for Discord's French picker, values unchanged", () => {
    const which = sub("fact")?.options?.find((o) => o.name === "which");
    expect(which?.choices).toEqual([
      { name: "today", name_localizations: { fr: "aujourd’hui" }, value: "today" },
      { name: "random", name_localizations: { fr: "hasard" }, value: "random" },
    ]);
    const action = sub("daily")?.options?.find((o) => o.name === "action");
    expect(action?.choices?.map((c) => c.name_localizations?.fr)).toEqual([
      "activer",
      "désactiver",
      "état",
      "aperçu",
    ]);
  });

  it("adds an optional mention user option to lookup subcommands only", () => {
    const withMention = ct.options
      .filter((o) => o.options?.some((x) => x.name === "mention"))
      .map((o) => o.name);
    expect(withMention).toEqual(COMMANDS.filter((c) => c.lookup && !c.hidden).map((c) => c.name));
    expect(sub("partners")?.options?.at(-1)).toMatchObject({
      type: 6,
      name: "mention",
      required: false,
    });
    expect(sub("help")?.options?.some((o) => o.name === "mention")).toBe(false);
  });

  it("works in servers and in DMs with the bot", () => {
    expect(ct.contexts).toEqual([0, 1]);
    expect(ct.integration_types).toEqual([0]);
  });

  it("respects Discord's rules for names, descriptions, counts and required-first order", () => {
    const check = (option: CommandOptionJson) => {
      expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/u);
      expect(option.description.length).toBeGreaterThanOrEqual(1);
      expect(option.description.length).toBeLessThanOrEqual(100);
      const options = option.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0)
        expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
      options.forEach(check);
    };
    expect(ct.description.length).toBeLessThanOrEqual(100);
    expect(ct.options.length).toBeLessThanOrEqual(25);
    ct.options.forEach(check);
  });
});
