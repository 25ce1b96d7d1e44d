/**
 * The options of `daily`: action, time of day, timezone and which days. Parsed from text
 * (`daily on 08:30 Europe/Paris weekdays`) or taken from platform options, then validated
 * the same way.
 */

import { foldCase } from "../content/fold-text.js";
import { LANGUAGES, type Language } from "../i18n/language.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { echo } from "../input/clean-input.js";

/** Daily options by name (`action`, `time`, `timezone`, `days`, `lang`), as text. */
export type DailyArgs = Readonly<Record<string, string>>;

/**
 * Daily options read and checked: normalised values, or what was wrong. The same shape as a
 * command's argument check, so the `daily` command uses these functions as they are.
 */
export type DailyArgsResult = { ok: true; args: DailyArgs } | { ok: false; problem: string };

/** What `daily` can do. */
export const DAILY_ACTIONS = ["on", "off", "status", "preview"] as const;
export type DailyAction = (typeof DAILY_ACTIONS)[number];

/** Which days a subscription posts on. */
export const DAILY_DAYS = ["everyday", "weekdays"] as const;
export type DailyDays = (typeof DAILY_DAYS)[number];

/**
 * The actions' and days' names in other languages: what help and usage show in that language,
 * and what is also accepted when typed (`quotidien activer 9h en-semaine`), in any language.
 */
export const DAILY_CHOICE_NAMES: Readonly<
  Record<DailyAction | DailyDays, Readonly<Partial<Record<Exclude<Language, "en">, string>>>>
> = {
  on: { fr: "activer" },
  off: { fr: "désactiver" },
  status: { fr: "état" },
  preview: { fr: "aperçu" },
  everyday: { fr: "tous-les-jours" },
  weekdays: { fr: "en-semaine" },
};

export const DEFAULT_DAILY_TIME = "09:00";
export const DEFAULT_DAILY_TIMEZONE = "Europe/Paris";
export const DEFAULT_DAILY_DAYS: DailyDays = "everyday";

const TIME = /^(\d{1,2})(?::|h)(\d{2})(?:\s*([ap])\.?m\.?)?$/iu;
const HOUR_ONLY = /^(\d{1,2})\s*([ap])\.?m\.?$/iu;
/** `9h`: the French way to write a whole hour. */
const FRENCH_HOUR = /^(\d{1,2})h$/iu;

/**
 * Reads a time of day (`09:00`, `9:00`, `17h30`, `9h`, `9am`, `5:30pm`) as `HH:MM`, or
 * undefined.
 */
export function parseTimeOfDay(text: string): string | undefined {
  const wholeHour = FRENCH_HOUR.exec(text.trim());
  if (wholeHour) return parseTimeOfDay(`${wholeHour[1]}:00`);
  const full = TIME.exec(text.trim());
  const short = full ? undefined : HOUR_ONLY.exec(text.trim());
  const match = full ?? short;
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = full ? Number(match[2]) : 0;
  const meridiem = (full ? match[3] : match[2])?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

const zoneNames = new Map<string, string | undefined>();

/** The canonical IANA name of `text` (`europe/paris` → `Europe/Paris`), or undefined. */
export function canonicalTimeZone(text: string): string | undefined {
  // Offsets such as "+01:00" are not zones: they ignore daylight saving.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/u.test(text)) return undefined;
  if (!text.includes("/") && !/^(UTC|GMT|Etc\/.+)$/iu.test(text)) return undefined;
  // Building a DateTimeFormat costs tens of microseconds: remember each answer.
  if (zoneNames.has(text)) return zoneNames.get(text);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  if (zoneNames.size < 1_000) zoneNames.set(text, zone);
  return zone;
}

/** Day words, folded (see {@link foldCase}): the values, their other names, and variants. */
const DAY_WORDS: Readonly<Record<string, DailyDays>> = {
  ...namedWords(DAILY_DAYS),
  daily: "everyday",
  weekday: "weekdays",
  semaine: "weekdays",
};

/** Action words, folded: the values and their other names. */
const ACTION_WORDS: Readonly<Record<string, DailyAction>> = namedWords(DAILY_ACTIONS);

/** `values` and their names in every language, folded, each mapped to its value. */
function namedWords<V extends DailyAction | DailyDays>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(
    values.flatMap((value) =>
      [value, ...Object.values(DAILY_CHOICE_NAMES[value])].map((word) => [foldCase(word), value]),
    ),
  );
}

const ENGLISH = createTranslator("en").t;

/** The keyed option that sets a subscription's language: `lang:fr` (French: `langue:fr`). */
const LANG_WORD = /^(?:lang|langue):(\S*)$/iu;

/**
 * Reads `on 08:30 Europe/Paris weekdays lang:fr` (any order after the action); problems are
 * written with `t` (English by default).
 */
export function parseDailyText(rest: string, t: Translator["t"] = ENGLISH): DailyArgsResult {
  // "tous les jours" and "en semaine" arrive as several words, as "every day" does.
  const words = rest
    .replace(/\btous les jours\b/giu, "tous-les-jours")
    .replace(/(^|\s)en semaine(?=\s|$)/giu, "$1en-semaine")
    .split(" ")
    .filter(Boolean);
  const [action, ...others] = words;
  if (action === undefined)
    return {
      ok: false,
      problem: t("daily.problem.noAction"),
    };
  const args: Record<string, string> = { action };
  for (let i = 0; i < others.length; i++) {
    const word = others[i] ?? "";
    const next = others[i + 1];
    const lang = LANG_WORD.exec(word);
    // "every day" and "9 am" arrive as two words.
    if (lang) {
      args.lang = lang[1] ?? "";
    } else if (word.toLowerCase() === "every" && next?.toLowerCase() === "day") {
      args.days = "everyday";
      i++;
    } else if (/^\d{1,2}$/u.test(word) && next !== undefined && /^[ap]\.?m\.?$/iu.test(next)) {
      args.time = `${word}${next}`;
      i++;
    } else if (DAY_WORDS[foldCase(word)] !== undefined) {
      args.days = word;
    } else if (/^\d/u.test(word)) {
      args.time = word;
    } else {
      args.timezone = word;
    }
  }
  return validateDailyArgs(args, t);
}

/**
 * Checks and normalises daily options, naming what is wrong (in `t`'s language). `lang` must be
 * one of {@link LANGUAGES}.
 */
export function validateDailyArgs(args: DailyArgs, t: Translator["t"] = ENGLISH): DailyArgsResult {
  const action = ACTION_WORDS[foldCase(args.action ?? "")];
  if (action === undefined) {
    return {
      ok: false,
      problem: t("daily.problem.badAction", { action: echo(args.action ?? "", t) }),
    };
  }
  const out: Record<string, string> = { action };
  const extras = ["time", "timezone", "days", "lang"].filter(
    (k) => args[k] !== undefined && args[k] !== "",
  );
  if (action !== "on" && extras.length > 0) {
    return {
      ok: false,
      // As typed: "désactiver" in a French line, "off" in an English one.
      problem: t("daily.problem.extras", { action: args.action ?? action }),
    };
  }
  if (args.time !== undefined && args.time !== "") {
    const time = parseTimeOfDay(args.time);
    if (time === undefined)
      return { ok: false, problem: t("daily.problem.badTime", { time: echo(args.time, t) }) };
    out.time = time;
  }
  if (args.timezone !== undefined && args.timezone !== "") {
    const zone = canonicalTimeZone(args.timezone);
    if (zone === undefined)
      return {
        ok: false,
        problem: t("daily.problem.badZone", { zone: echo(args.timezone, t) }),
      };
    out.timezone = zone;
  }
  if (args.days !== undefined && args.days !== "") {
    const days = DAY_WORDS[foldCase(args.days)];
    if (days === undefined)
      return {
        ok: false,
        problem: t("daily.problem.badDays", { days: echo(args.days, t) }),
      };
    out.days = days;
  }
  if (args.lang !== undefined && args.lang !== "") {
    const lang = LANGUAGES.find((l) => l === args.lang?.toLowerCase());
    if (lang === undefined)
      return {
        ok: false,
        problem: t("daily.problem.badLang", {
          lang: echo(args.lang, t),
          languages: LANGUAGES.join(t("args.or")),
        }),
      };
    out.lang = lang satisfies Language;
  }
  return { ok: true, args: out };
}
