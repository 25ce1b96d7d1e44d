/**
 * The message catalogues are complete and well formed: every language has every key, every
 * message parses as ICU MessageFormat, uses the same placeholders as the English one, and
 * formats with values for them (each plural and select branch reached); every visible command
 * and option is described in every language, within Discord's limits.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { commandExamples } from "../../src/commands/describe-command.js";
import { localText } from "../../src/commands/format-example.js";
import { choiceValue, localName, parseCommandText } from "../../src/commands/parse-command.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { LANGUAGES } from "../../src/i18n/language.js";
import { CATALOGUES, COMMAND_TEXTS, type MessageKey } from "../../src/i18n/messages/catalogues.js";
import { createTranslator } from "../../src/i18n/translator.js";

/** Discord's rule for command and option names (PLATFORMS.md: 1–32 lowercase). */
const DISCORD_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
/** Discord's limit on a command or option description. */
const DISCORD_DESCRIPTION_MAX = 100;

type Ast = ReturnType<IntlMessageFormat["getAst"]>;

/** Placeholders by name, with the kind of value each takes and its select keys. */
function placeholders(ast: Ast, found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const element of ast as unknown as Array<Record<string, unknown>>) {
    const name = element.value as string;
    const type = element.type as number;
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (FormatJS TYPE enum).
    if (type >= 1 && type <= 6) {
      const kinds = found.get(name) ?? new Set<string>();
      if (type === 5) for (const key of Object.keys(element.options as object)) kinds.add(key);
      else kinds.add(type === 6 || type === 2 ? "#number" : "#text");
      found.set(name, kinds);
    }
    if (type === 5 || type === 6) {
      for (const option of Object.values(element.options as Record<string, { value: Ast }>))
        placeholders(option.value, found);
    }
  }
  return found;
}

/** Every combination worth trying: each select key, and 0, 1 and 2 for numbers. */
function sampleValues(names: Map<string, Set<string>>): Array<Record<string, string | number>> {
  let samples: Array<Record<string, string | number>> = [{}];
  for (const [name, kinds] of names) {
    const values: Array<string | number> = [];
    for (const kind of kinds) {
      if (kind === "#number") values.push(0, 1, 2);
      else if (kind === "#text") values.push(`<${name}>`);
      else values.push(kind);
    }
    samples = samples.flatMap((sample) => values.map((value) => ({ ...sample, [name]: value })));
  }
  return samples;
}

const englishKeys = Object.keys(CATALOGUES.en).sort();

describe("message catalogues", () => {
  it.each(LANGUAGES)("%s has exactly the English keys", (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(englishKeys);
  });

  it.each(LANGUAGES)(
    "every %s message parses, keeps the English placeholders and formats",
    (language) => {
      for (const key of englishKeys as MessageKey[]) {
        const message = CATALOGUES[language][key];
        const english = placeholders(
          new IntlMessageFormat(CATALOGUES.en[key], "en", undefined, { ignoreTag: true }).getAst(),
        );
        const format = new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
        const mine = placeholders(format.getAst());
        expect([...mine.keys()].sort(), `${language} ${key}`).toEqual(
          [...english.keys()].filter((name) => mine.has(name) || !optional(key, name)).sort(),
        );
        for (const values of sampleValues(english)) {
          const text = String(format.format(values));
          expect(text.trim(), `${language} ${key}`).not.toBe("");
          expect(text, `${language} ${key}`).not.toMatch(/[{}]/u);
        }
      }
    },
  );

  it("formats plurals and dates for the language", () => {
    expect(createTranslator("en").t("count.passages", { count: 1 })).toBe("1 passage");
    expect(createTranslator("en").t("count.passages", { count: 0 })).toBe("0 passages");
    // French CLDR: 0 and 1 are singular.
    expect(createTranslator("fr").t("count.passages", { count: 0 })).toBe("0 passage");
    expect(createTranslator("fr").t("count.passages", { count: 3 })).toBe("3 passages");
    expect(createTranslator("fr").languageName("en")).toBe("anglais");
    expect(createTranslator("fr").t("excerpt.language", { count: 1, language: "anglais" })).toBe(
      "Extrait (en anglais) :",
    );
  });
});

/** English placeholders a translation may leave out (grammar English needs and French not). */
function optional(key: MessageKey, name: string): boolean {
  return key === "args.required" && name === "vowel";
}

describe("commands in every language", () => {
  const visible = COMMANDS.filter((c) => !c.hidden);
  const others = LANGUAGES.filter((l) => l !== "en");

  it.each(others)(
    "describes every command and option in %s, within Discord's 100 characters",
    (language) => {
      const texts = COMMAND_TEXTS[language];
      for (const command of COMMANDS) {
        const described = texts?.[command.name];
        expect(described?.description, `${language} ${command.name}`).toBeTruthy();
        expect(described?.description.length ?? 0).toBeLessThanOrEqual(DISCORD_DESCRIPTION_MAX);
        for (const option of command.options) {
          const text = described?.options?.[option.name] ?? "";
          expect(text, `${language} ${command.name} ${option.name}`).not.toBe("");
          expect(text.length).toBeLessThanOrEqual(DISCORD_DESCRIPTION_MAX);
        }
      }
    },
  );

  it.each(others)(
    "names every visible command in %s, as Discord allows and without clashes",
    (language) => {
      const names = visible.map((c) => localName(c, language));
      for (const name of names) {
        expect(name, name).toMatch(DISCORD_NAME);
        expect(name).toBe(name.toLowerCase());
      }
      expect(new Set(names).size).toBe(names.length);
      // A localized name never runs another command than its own.
      for (const command of visible) {
        const clash = COMMANDS.find(
          (c) => c !== command && c.name === localName(command, language),
        );
        expect(clash?.name, command.name).toBeUndefined();
      }
      for (const command of visible) {
        const options = command.options.map((o) => localName(o, language));
        for (const name of options) expect(name, `${command.name} ${name}`).toMatch(DISCORD_NAME);
        expect(new Set(options).size).toBe(options.length);
      }
    },
  );

  it.each(others)(
    "gives every visible command a usage line in %s, and every choice a name there",
    (language) => {
      for (const command of visible) {
        const usage = COMMAND_TEXTS[language]?.[command.name]?.usage ?? "";
        expect(usage.startsWith(localName(command, language)), `${language} ${command.name}`).toBe(
          true,
        );
        for (const option of command.options.filter((o) => o.name !== "lang")) {
          // Language codes are the same words in every language.
          const choices = option.choices ?? [];
          const names = choices.map((c) => localName(c, language));
          for (const choice of choices)
            expect(choice.names?.[language], `${command.name} ${choice.value}`).toBeTruthy();
          // Each name is one word in text, and means one value only.
          for (const name of names) expect(name).not.toMatch(/\s/u);
          expect(new Set(names).size).toBe(names.length);
          for (const choice of choices)
            expect(choiceValue(choices, localName(choice, language))).toBe(choice.value);
        }
      }
    },
  );

  it.each(others)("shows help examples in %s that run as they read", (language) => {
    for (const command of visible) {
      for (const example of commandExamples(command, language)) {
        const shown = localText(example, COMMANDS, language);
        const parsed = parseCommandText(shown, COMMANDS, language);
        expect(parsed.ok, `${language}: ${shown}`).toBe(true);
        if (parsed.ok) expect(parsed.invocation.command).toBe(command.name);
      }
    }
  });

  it("declares the French names the issue asks for", () => {
    const french = Object.fromEntries(visible.map((c) => [c.name, localName(c, "fr")]));
    expect(french).toMatchObject({
      principles: "principes",
      partners: "partenaires",
      forums: "forums",
      topics: "sujets",
      search: "recherche",
      fact: "fait",
      source: "source",
      help: "aide",
      daily: "quotidien",
    });
  });
});
