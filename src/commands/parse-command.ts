/**
 * Reads command text (`/ct partners India`, `daily on 08:30`, `financing`) into an
 * {@link Invocation}. Text that is not a command is a search.
 */
import { foldCase } from "../content/fold-text.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator } from "../i18n/translator.js";
import { cleanInput, INPUT_MAX } from "../input/clean-input.js";
import {
  type ArgsResult,
  type CommandArgs,
  type CommandChoice,
  type CommandDefinition,
  type CommandOption,
  findByAnyName,
  findIn,
  type Invocation,
} from "./command.js";

/**
 * A parse: the invocation, or the command it was meant for and what was wrong; and the
 * language to answer in (the caller's, else the language of the command name typed, else
 * English), which notes and problems are already written in.
 */
export type ParseResult = (
  | { ok: true; invocation: Invocation; notes: string[] }
  | { ok: false; command: CommandDefinition; problem: string; notes: string[] }
) & { language: Language };

/** Other words people use for commands. */
const COMMAND_ALIASES: Readonly<Record<string, string>> = {
  "?": "help",
  principle: "principles",
  partner: "partners",
  forum: "forums",
  topic: "topics",
  find: "search",
  facts: "fact",
};

const LEADING_CT = /^\/?ct(?:\s+|$)/iu;

/**
 * Parses command text, with or without a leading `/ct`. Empty text asks for help.
 *
 * @example
 * parseCommandText("/ct partners India") // { ok: true, invocation: { command: "partners", args: { name: "India" } } }
 */
export function parseCommandText(
  input: string,
  commands: readonly CommandDefinition[],
  callerLanguage?: Language,
): ParseResult {
  const cleaned = cleanInput(input);
  const body = cleaned.text.replace(LEADING_CT, "");
  const space = body.indexOf(" ");
  const first = (space < 0 ? body : body.slice(0, space)).toLowerCase();
  const rest = space < 0 ? "" : body.slice(space + 1);
  const found = findByAnyName(commands, COMMAND_ALIASES[first] ?? first);
  const named = found?.definition;
  const language = callerLanguage ?? found?.language ?? DEFAULT_LANGUAGE;
  const { t } = createTranslator(language);
  const notes = cleaned.truncated ? [t("input.truncated", { max: INPUT_MAX })] : [];
  const search = findIn(commands, "search");

  const definition = body === "" ? findIn(commands, "help") : (named ?? search);
  if (definition === undefined) throw new Error("the registry has no help or search command");
  const text = body === "" || named === undefined ? body : rest;
  const parsed = definition.parseText
    ? definition.parseText(text, t)
    : positionalArgs(definition, text);
  if (!parsed.ok)
    return { ok: false, command: definition, problem: parsed.problem, notes, language };
  const checked = checkArgs(definition, parsed.args, language);
  if (!checked.ok)
    return { ok: false, command: definition, problem: checked.problem, notes, language };
  return {
    ok: true,
    invocation: { command: definition.name, args: checked.args },
    notes: [...notes, ...checked.notes],
    language,
  };
}

/**
 * Default text form: {@link CommandOption.keyed} options are read as `name:value` words
 * anywhere; then a first option with choices takes one word, otherwise it takes the rest.
 */
function positionalArgs(definition: CommandDefinition, text: string): ArgsResult {
  const keyed: Record<string, string> = {};
  let rest = text;
  for (const option of definition.options.filter((o) => o.keyed)) {
    // `source:…`, or the option's name in another language (`langue:fr`).
    const keys = [option.name, ...Object.values(option.names ?? {})].join("|");
    const pattern = new RegExp(`(?:^|\\s)(?:${keys}):(\\S+)`, "iu");
    const found = pattern.exec(rest);
    if (found?.[1] === undefined) continue;
    keyed[option.name] = found[1];
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found[0].length)}`.trim();
  }
  const [option] = definition.options.filter((o) => !o.keyed);
  if (option === undefined || rest === "") return { ok: true, args: keyed };
  keyed[option.name] = option.choices ? (rest.split(" ")[0] ?? "") : rest;
  return { ok: true, args: keyed };
}

/**
 * Checks arguments however they arrived: required options present, choices respected,
 * lengths capped (a long value is cut at a word boundary, with a note), then the command's
 * own `validate`.
 */
export function checkArgs(
  definition: CommandDefinition,
  args: CommandArgs,
  language: Language = DEFAULT_LANGUAGE,
): (ArgsResult & { notes: string[] }) | { ok: false; problem: string } {
  const { t } = createTranslator(language);
  const command = localName(definition, language);
  const out: Record<string, string> = {};
  const notes: string[] = [];
  for (const option of definition.options) {
    const raw = args[option.name];
    let value = raw === undefined ? "" : cleanInput(raw).text;
    if (value === "") {
      if (option.required)
        return {
          ok: false,
          problem: t("args.required", {
            command,
            option: localName(option, language),
            vowel: /^[aeiou]/iu.test(option.name) ? "yes" : "no",
          }),
        };
      continue;
    }
    if (option.choices) {
      const chosen = choiceValue(option.choices, value);
      if (chosen === undefined)
        return {
          ok: false,
          problem: t("args.choose", {
            command,
            choices: option.choices.map((c) => localName(c, language)).join(t("args.or")),
          }),
        };
      value = chosen;
    }
    if (option.maxLength !== undefined && value.length > option.maxLength) {
      value = cleanInput(value, option.maxLength).text;
      notes.push(t("args.cut", { max: option.maxLength, option: localName(option, language) }));
    }
    out[option.name] = value;
  }
  if (definition.validate) {
    const validated = definition.validate(out, t);
    return validated.ok ? { ok: true, args: validated.args, notes } : validated;
  }
  return { ok: true, args: out, notes };
}

/**
 * The value of the choice typed as `typed`: its value or its name in any language, case,
 * accents and apostrophes aside (`Aujourd'hui`, `aujourdhui` → `today`); undefined when none
 * matches.
 */
export function choiceValue(choices: readonly CommandChoice[], typed: string): string | undefined {
  // "aujourdhui" is how many type it on a keyboard without an apostrophe key at hand.
  const fold = (text: string) => foldCase(text).replaceAll("'", "");
  const folded = fold(typed);
  return choices.find((c) =>
    [c.value, c.name, ...Object.values(c.names ?? {})].some((name) => fold(name) === folded),
  )?.value;
}

/** A command's, option's or choice's name in `language` (its English name when it has no other). */
export function localName(
  named: Pick<CommandDefinition | CommandOption | CommandChoice, "name" | "names">,
  language: Language,
): string {
  return language === "en" ? named.name : (named.names?.[language] ?? named.name);
}

/** The text form of an invocation; parsing it gives the invocation back. */
export function formatInvocation(definition: CommandDefinition, args: CommandArgs): string {
  const values = definition.options
    .map((o) => (o.keyed && args[o.name] ? `${o.name}:${args[o.name]}` : args[o.name]))
    .filter((v): v is string => v !== undefined && v !== "");
  return [definition.name, ...values].join(" ");
}
