/**
 * The list commands read clean: a row shows only aliases that read differently from the name
 * and from each other once case, punctuation, spaces and a leading "the" are ignored, at most
 * a few. `partners` used to list "European Union also EU, E.U., European Union" and
 * "G8 also G8, G-8, G 8".
 */
import { describe, expect, it } from "vitest";
import { aliasNote, LIST_ALIASES_MAX } from "../../src/commands/lookup-entity.js";
import { testBot } from "../helpers/content.js";

const bot = testBot();
const detailOf = async (command: string, label: string) =>
  (await bot.ask(command)).entries.find((e) => e.label === label)?.detail ?? "";

describe("list rows show distinct aliases only", () => {
  it("lists the European Union as also EU, without E.U. or its own name", async () => {
    expect(await detailOf("partners", "European Union")).toBe("also EU · 2 passages");
  });

  it("lists the G8 as also Group of Eight, without G8, G-8 or G 8", async () => {
    expect(await detailOf("partners", "G8")).toBe("also Group of Eight · 2 passages");
  });

  it("drops spelling variants of the name (Global Counterterrorism Forum) and of each other (U.N., the UN)", async () => {
    expect(await detailOf("forums", "Global Counter-Terrorism Forum")).toBe(
      "also GCTF · 2 passages",
    );
    expect(await detailOf("forums", "United Nations")).toBe("also UN, UNO · 5 passages");
  });

  it("never repeats a name or a folded variant in any list row, and shows at most a few", async () => {
    for (const command of ["partners", "forums"]) {
      for (const entry of (await bot.ask(command)).entries) {
        const also = /^also (.*?) · /u.exec(entry.detail)?.[1];
        if (also === undefined) continue;
        const shown = also.split(", ");
        const key = (s: string) =>
          s
            .toLowerCase()
            .replace(/^the\s+/u, "")
            .replace(/[^\p{L}\p{N}]+/gu, "");
        const keys = [entry.label, ...shown].map(key);
        expect(new Set(keys).size, `${command}: ${entry.label}`).toBe(keys.length);
        expect(shown.length).toBeLessThanOrEqual(LIST_ALIASES_MAX);
      }
    }
  });

  it("says nothing when every alias is a variant of the name", () => {
    expect(aliasNote("G8", ["G8", "G-8", "g 8", "the G8"])).toBe("");
  });
});
