/**
 * `daily on|off|status|preview`: a channel's daily fact subscription. Parsed and validated
 * here; the subscription itself needs a platform adapter with a store (see src/daily/).
 */
import {
  DAILY_ACTIONS,
  DAILY_CHOICE_NAMES,
  DAILY_DAYS,
  parseDailyText,
  validateDailyArgs,
} from "../daily/daily-options.js";
import { LANGUAGES } from "../i18n/language.js";
import { noticeAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";

export const dailyCommand: CommandDefinition = {
  name: "daily",
  names: { fr: "quotidien" },
  description: "Subscribe this channel to one cited fact a day, at its local time",
  usage: "daily on [HH:MM] [timezone] [weekdays|everyday] | off | status | preview",
  options: [
    {
      name: "action",
      names: { fr: "action" },
      description: "on, off, status or preview",
      required: true,
      choices: DAILY_ACTIONS.map((a) => ({ name: a, value: a, names: DAILY_CHOICE_NAMES[a] })),
    },
    {
      name: "time",
      names: { fr: "heure" },
      description: "Local time to post, HH:MM (default 09:00)",
      required: false,
      maxLength: 8,
      placeholder: "HH:MM",
    },
    {
      name: "timezone",
      names: { fr: "fuseau" },
      description: "IANA timezone (default Europe/Paris)",
      required: false,
      autocomplete: "timezones",
      maxLength: 64,
      placeholder: "Europe/Paris",
    },
    {
      name: "days",
      names: { fr: "jours" },
      description: "everyday (default) or weekdays",
      required: false,
      choices: DAILY_DAYS.map((d) => ({ name: d, value: d, names: DAILY_CHOICE_NAMES[d] })),
    },
    {
      name: "lang",
      names: { fr: "langue" },
      description: "Language of the daily card (default: the server's or workspace's)",
      required: false,
      choices: LANGUAGES.map((l) => ({ name: l, value: l })),
      keyed: true,
    },
  ],
  examples: [
    "daily on",
    "daily on 08:30 America/New_York weekdays",
    "daily on 09:00 Europe/Paris lang:fr",
    "daily status",
    "daily off",
  ],
  access: "channel-managers",
  platforms: ["slack", "discord"],
  lookup: false,
  parseText: parseDailyText,
  validate: validateDailyArgs,
  run(args, context) {
    if (context.daily)
      return context.daily.service.run(
        args,
        context.daily.access,
        context.example,
        context.language,
      );
    return noticeAnswer(context.t("daily.unavailable.title"), [
      context.t("daily.unavailable.intro", { example: context.example("fact") }),
    ]);
  },
};
